import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { faqFileName, parseFaqFile, type FaqParse } from './faq-file';
import { KIOSK_FILE, parseKioskFile } from './kiosk-file';
import type { KioskFile } from './kiosk-schema';
import { wordKeys } from './kiosk-schema';
import { checkImage } from './media';
import { hasErrors, sortProblems } from './problems';
import { readTextFile } from './read-text';
import type { Content, Localized, Problem, Question, Words } from './types';

/** The outcome of one load: the content when there are no errors, and every problem found. */
export interface LoadResult {
  content: Content | null;
  problems: Problem[];
}

/** Loads and validates a content folder, collecting every problem rather than stopping at the first. */
export async function loadContent(dir: string): Promise<LoadResult> {
  const folderProblem = await checkFolder(dir);
  if (folderProblem) return { content: null, problems: [folderProblem] };

  const problems: Problem[] = [];
  const kioskText = await readTextFile(join(dir, KIOSK_FILE), KIOSK_FILE);
  let kiosk: KioskFile | null = null;
  let locate: (path: (string | number)[]) => { line: number; column: number } = () => ({ line: 1, column: 1 });
  if (kioskText.ok) {
    const parsed = parseKioskFile(kioskText.text);
    problems.push(...parsed.problems);
    kiosk = parsed.kiosk;
    locate = parsed.locate;
  } else {
    problems.push(kioskText.problem);
  }

  // Read every FAQ file present, so its errors show even when kiosk.yaml is broken.
  const langs = new Set(await faqLanguages(dir));
  for (const { code } of kiosk?.languages.offered ?? []) langs.add(code);
  const faqs = new Map<string, FaqParse>();
  for (const lang of langs) {
    const text = await readTextFile(join(dir, faqFileName(lang)), faqFileName(lang));
    if (!text.ok) {
      const missing = text.problem.message === 'this file is missing.';
      const isDefault = lang === kiosk?.languages.default;
      if (missing && !isDefault) {
        problems.push({ ...text.problem, severity: 'warning', message: `${faqFileName(lang)} is missing; visitors who choose this language see the questions in the default language.` });
      } else problems.push(text.problem);
      continue;
    }
    const faq = parseFaqFile(text.text, lang);
    faqs.set(lang, faq);
    problems.push(...faq.problems);
    for (const image of faq.images) {
      const wrong = await checkImage(dir, image.src);
      if (wrong) problems.push({ severity: 'error', file: faqFileName(lang), line: image.line, column: image.column, message: wrong });
    }
  }

  if (!kiosk) return { content: null, problems: sortProblems(problems) };
  const content = await assemble(dir, kiosk, faqs, locate, problems);
  return { content: hasErrors(problems) ? null : content, problems: sortProblems(problems) };
}

async function checkFolder(dir: string): Promise<Problem | undefined> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return { severity: 'error', file: dir, message: `${dir} is a file, but the kiosk needs the content folder here.` };
    await readdir(dir);
    return undefined;
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `The content folder ${dir} does not exist. Copy the content folder back, or start the kiosk with --content pointing at it.`
        : `The kiosk cannot read the content folder ${dir} (${code ?? String(cause)}). Check that the folder's permissions let it be read.`;
    return { severity: 'error', file: dir, message };
  }
}

async function faqLanguages(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.flatMap((name) => {
    const match = /^faq\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\.md$/.exec(name);
    return match?.[1] ? [match[1]] : [];
  });
}

type Locate = (path: (string | number)[]) => { line: number; column: number };

/** Builds per-language content from valid settings, checking the cross-file rules as it goes. */
async function assemble(dir: string, kiosk: KioskFile, faqs: Map<string, FaqParse>, locate: Locate, problems: Problem[]): Promise<Content> {
  const fallback = kiosk.languages.default;
  const offered = kiosk.languages.offered.map((language) => language.code);
  const yamlProblem = (severity: Problem['severity'], path: (string | number)[], message: string) =>
    problems.push({ severity, file: KIOSK_FILE, ...locate(path), message });

  if (!offered.includes(fallback)) {
    yamlProblem('error', ['languages', 'default'], `languages.default is "${fallback}", which is not among languages.offered (${offered.join(', ')}).`);
  }

  // Every localized text: required in the default language, a warning (with fallback) in the others.
  const pick = (map: Record<string, string>, path: (string | number)[], lang: string): string => {
    for (const code of Object.keys(map)) {
      if (!offered.includes(code) && lang === fallback) {
        yamlProblem('warning', [...path, code], `${[...path, code].join('.')} is in a language the kiosk does not offer ("${code}"); add it to languages.offered or remove it.`);
      }
    }
    const value = map[lang] ?? map[fallback];
    if (map[lang] === undefined) {
      if (lang === fallback) yamlProblem('error', path, `${path.join('.')} must have text in the default language "${fallback}".`);
      else yamlProblem('warning', path, `${path.join('.')} has no "${lang}" text; the "${fallback}" text is shown instead.`);
    }
    return value ?? '';
  };

  const images: { src: string; path: (string | number)[] }[] = [];
  if (kiosk.theme.logo) images.push({ src: kiosk.theme.logo, path: ['theme', 'logo'] });
  kiosk.attract.slides.forEach((slide, index) => {
    if (slide.image) images.push({ src: slide.image, path: ['attract', 'slides', index, 'image'] });
  });
  for (const image of images) {
    const wrong = await checkImage(dir, image.src);
    if (wrong) yamlProblem('error', image.path, `${image.path.join('.')}: ${wrong}`);
  }

  const defaultFaq = faqs.get(fallback)?.questions ?? [];
  const byLanguage: Record<string, Localized> = {};
  for (const lang of offered) {
    const words = Object.fromEntries(wordKeys.map((key) => [key, pick(kiosk.words[key], ['words', key], lang)])) as unknown as Words;
    byLanguage[lang] = {
      lang,
      tagline: pick(kiosk.campaign.tagline, ['campaign', 'tagline'], lang),
      words,
      slides: kiosk.attract.slides.map((slide, index) => ({
        title: pick(slide.title, ['attract', 'slides', index, 'title'], lang),
        text: pick(slide.text, ['attract', 'slides', index, 'text'], lang),
        ...(slide.image ? { image: slide.image } : {}),
        ...(slide.qr ? { qr: { url: slide.qr.url, caption: pick(slide.qr.caption, ['attract', 'slides', index, 'qr', 'caption'], lang) } } : {}),
      })),
      faq: lang === fallback ? defaultFaq.map(stripPosition) : mergeFaq(defaultFaq, faqs.get(lang), lang, fallback, problems),
    };
  }

  return {
    campaign: { name: kiosk.campaign.name },
    theme: kiosk.theme,
    idle: kiosk.idle,
    defaultLanguage: fallback,
    languages: kiosk.languages.offered,
    byLanguage,
  };
}

/** A language's FAQ in the default language's order, falling back question by question. */
function mergeFaq(defaults: FaqParse['questions'], own: FaqParse | undefined, lang: string, fallback: string, problems: Problem[]): Question[] {
  if (!own) return defaults.map(stripPosition);
  const ownById = new Map(own.questions.map((question) => [question.id, question]));
  const defaultIds = new Set(defaults.map((question) => question.id));
  const merged: Question[] = [];
  for (const question of defaults) {
    const translated = ownById.get(question.id);
    if (!translated) {
      problems.push({
        severity: 'warning',
        file: faqFileName(fallback),
        line: question.line,
        column: question.column,
        message: `the question "${question.id}" has no translation in ${faqFileName(lang)}; those visitors see it in "${fallback}". Add it there with the heading ending in {#${question.id}}.`,
      });
    }
    merged.push(stripPosition(translated ?? question));
  }
  for (const question of own.questions) {
    if (!defaultIds.has(question.id)) {
      problems.push({
        severity: 'warning',
        file: faqFileName(lang),
        line: question.line,
        column: question.column,
        message: `the question "${question.id}" is not in ${faqFileName(fallback)}; end its heading with the {#id} of the matching "${fallback}" question, or add it there too.`,
      });
      merged.push(stripPosition(question));
    }
  }
  return merged;
}

function stripPosition({ id, question, answer, lang }: Question): Question {
  return { id, question, answer, lang };
}
