import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../../main/content/load';
import { formatProblem } from '../../../../main/content/problems';
import type { Content } from '../../../../main/content/types';
import { copyDefaultContent, DEFAULT_CONTENT } from '../../../support/content-fixture';
import { answerParts, readSeed } from './seed';

let copy: Awaited<ReturnType<typeof copyDefaultContent>> | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

async function loadDefault(): Promise<Content> {
  const { content, problems } = await loadContent(DEFAULT_CONTENT);
  expect(problems.map(formatProblem)).toEqual([]);
  if (!content) throw new Error('the default content did not load');
  return content;
}

describe('the default content', () => {
  it('loads with no problems at all', async () => {
    await loadDefault();
  });

  it('has the seed questions in English, in seed order, each answer word for word', async () => {
    const seed = readSeed();
    const english = (await loadDefault()).byLanguage.en!.faq;
    expect(seed).toHaveLength(10);
    expect(english.map((question) => question.question)).toEqual(seed.map((question) => question.question));
    english.forEach((question, index) => {
      expect(answerParts(question.answer), question.question).toEqual(seed[index]!.parts);
    });
    const goals = english.find((question) => question.question === 'What is your goal?')!;
    expect(goals.answer.find((block) => block.type === 'list')).toMatchObject({ items: { length: 5 } });
  });

  it('has every question in Spanish, with the same ids, not falling back to English', async () => {
    const content = await loadDefault();
    const english = content.byLanguage.en!.faq;
    const spanish = content.byLanguage.es!.faq;
    expect(spanish.map((question) => question.id)).toEqual(english.map((question) => question.id));
    spanish.forEach((question, index) => {
      expect(question.lang, question.id).toBe('es');
      expect(question.question).not.toBe(english[index]!.question);
      expect(answerParts(question.answer)).not.toEqual(answerParts(english[index]!.answer));
    });
    expect(content.byLanguage.es!.words.back).toBe('Atrás');
  });

  it('has a signup form asking for a name and a way to reach the person, with consent per channel, in both languages', async () => {
    const content = await loadDefault();
    for (const lang of ['en', 'es']) {
      const form = content.byLanguage[lang]!.signup!;
      expect(form.fields.map((field) => field.name)).toEqual([
        'firstName',
        'lastName',
        'email',
        'phone',
        'workplace',
        'role',
        'zip',
      ]);
      expect(form.fields.filter((field) => field.required).map((field) => field.name)).toEqual(['firstName']);
      expect(form.intro).toMatch(lang === 'en' ? /never sold/ : /nunca se venden/);
      // Texts need their own consent under US law: one box per channel, each with its wording.
      expect(form.consent.map((box) => box.channel)).toEqual(['email', 'sms']);
      expect(form.consent[1]!.text).toContain('STOP');
      expect(form.consent[1]!.text).toMatch(lang === 'en' ? /text messages/ : /mensajes de texto/);
      expect(form.phoneRegion).toBe('US');
    }
    expect(content.byLanguage.es!.signup!.fields.find((field) => field.name === 'role')!.choices).toContain(
      'Administrador(a) de casos',
    );
  });
});

describe('loadContent', () => {
  it('runs without signups when kiosk.yaml has no signup group', async () => {
    copy = await copyDefaultContent();
    const yaml = join(copy.dir, 'kiosk.yaml');
    const text = await readFile(yaml, 'utf8');
    await writeFile(yaml, text.slice(0, text.indexOf('\n# The signup form.')));
    const { content, problems } = await loadContent(copy.dir);
    expect(problems).toEqual([]);
    expect(content?.byLanguage.en!.signup).toBeNull();
  });

  it('gives each slide its own seconds, or idle.slideSeconds when it sets none, in every language', async () => {
    copy = await copyDefaultContent();
    const yaml = join(copy.dir, 'kiosk.yaml');
    const text = await readFile(yaml, 'utf8');
    await writeFile(yaml, text.replace('    - figure:\n', '    - seconds: 15\n      figure:\n'));
    const { content, problems } = await loadContent(copy.dir);
    expect(problems).toEqual([]);
    for (const lang of ['en', 'es'])
      expect(content!.byLanguage[lang]!.slides.map((slide) => slide.seconds)).toEqual([8, 15, 8, 8, 8]);
  });

  it('reports a missing content folder as one error that names it', async () => {
    const dir = join(tmpdir(), 'kiosk-no-such-content-folder');
    const { content, problems } = await loadContent(dir);
    expect(content).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: dir });
    expect(formatProblem(problems[0]!)).toMatch(
      /^.*kiosk-no-such-content-folder: this content folder does not exist/,
    );
  });

  it('shows the English questions to Spanish visitors when faq.es.md is missing, with a warning', async () => {
    copy = await copyDefaultContent();
    await rm(join(copy.dir, 'faq.es.md'));
    const { content, problems } = await loadContent(copy.dir);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', file: 'faq.es.md' })]);
    expect(content!.byLanguage.es!.faq).toEqual(content!.byLanguage.en!.faq);
    expect(content!.byLanguage.es!.words.back).toBe('Atrás');
  });

  it('falls back to English for just the one question missing in Spanish, with a warning', async () => {
    copy = await copyDefaultContent();
    const path = join(copy.dir, 'faq.es.md');
    const spanish = await readFile(path, 'utf8');
    const start = spanish.indexOf('## ¿Quién es AFSCME?');
    await writeFile(path, spanish.slice(0, start) + spanish.slice(spanish.indexOf('## ¿Por qué quieren')));
    const { content, problems } = await loadContent(copy.dir);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'faq.en.md',
        message: expect.stringContaining('"who-is-afscme"'),
      }),
    ]);
    const faq = content!.byLanguage.es!.faq;
    expect(faq).toHaveLength(10);
    expect(faq.filter((question) => question.lang === 'en').map((question) => question.id)).toEqual([
      'who-is-afscme',
    ]);
    expect(faq.find((question) => question.id === 'who-is-afscme')!.question).toBe('Who is AFSCME?');
  });
});
