import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../../main/content/load';
import { formatTranslation } from '../../../../main/content/translations';
import { buildFixture, type FixtureContent } from './fixture-cases';

let fixture: FixtureContent | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe('translations', () => {
  // A draft must not leak to visitors by any path: the toggle reads `languages`, every screen `byLanguage`.
  it('checks a draft language but never hands it to the renderer', async () => {
    fixture = await buildFixture('language-draft');
    const { content, translations } = await loadContent(fixture.dir);
    expect(content?.languages).toEqual([
      { code: 'en', label: 'English' },
      { code: 'es', label: 'Español' },
    ]);
    expect(Object.keys(content?.byLanguage ?? {})).toEqual(['en', 'es']);
    expect(translations?.find((summary) => summary.code === 'fr')).toMatchObject({
      draft: true,
      isDefault: false,
      questions: { translated: 1 },
      texts: { translated: 3 },
    });
  });

  it('counts every text of the default language as written', async () => {
    fixture = await buildFixture('language-draft');
    const { translations = [] } = await loadContent(fixture.dir);
    const [english] = translations;
    expect(english?.texts.translated).toBe(english?.texts.total);
    expect(english?.questions.translated).toBe(english?.questions.total);
    expect(formatTranslation(english!)).toMatch(
      /^en: \d+ of \d+ questions, \d+ of \d+ texts \(English, the default language\)$/,
    );
  });

  // What a visitor agrees to must be in the language they read.
  it('refuses consent wording that would fall back to another language', async () => {
    fixture = await buildFixture('signup-consent-missing-translation');
    const { content, problems } = await loadContent(fixture.dir);
    expect(content).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('signup.consent.sms has no "es" wording'),
      }),
    ]);
  });
});
