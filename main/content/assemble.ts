import { faqFileName, type FaqParse } from './faq-file';
import { idleTimes, LEAST_WARNING_SECONDS } from './idle-times';
import { KIOSK_FILE } from './kiosk-file';
import type { KioskFile } from './kiosk-schema';
import { localize, type Locate, type Path } from './localize';
import { checkImage } from './media';
import { withPictureSizes } from './picture-sizes';
import { faqPictureWeights, pictureWeight } from './picture-weight';
import { settingName } from './setting-name';
import { themeContrastProblems } from './theme-contrast';
import { draftMessage, type TranslationSummary } from './translations';
import type { Content, Localized, Problem } from './types';

/**
 * Builds the content from settings that passed the schema: first the checks across files (colours,
 * pictures, the default language), then each language by `localize`. Returns every problem found;
 * the content is only used when none of them is an error.
 */
export async function assemble(
  dir: string,
  kiosk: KioskFile,
  faqs: Map<string, FaqParse>,
  locate: Locate,
): Promise<{ content: Content | null; problems: Problem[]; translations: TranslationSummary[] }> {
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], path: Path, message: string) =>
    problems.push({ severity, file: KIOSK_FILE, ...locate(path), message });
  const fallback = kiosk.languages.default;
  const offered = kiosk.languages.offered.map((language) => language.code);

  for (const { key, message } of themeContrastProblems(kiosk.theme))
    report(kiosk.theme.allowLowContrast === true ? 'warning' : 'error', ['theme', key], message);
  for (const { src, path } of images(kiosk)) {
    const wrong = await checkImage(dir, src);
    const heavy = wrong ? undefined : await pictureWeight(dir, src);
    if (wrong) report('error', path, `${settingName(path)}: ${wrong}`);
    else if (heavy) report('warning', path, `${settingName(path)}: ${heavy}`);
  }
  problems.push(...undescribedPictures(faqs), ...(await faqPictureWeights(dir, faqs)));
  if (kiosk.idle.warningSeconds < LEAST_WARNING_SECONDS)
    report(
      'warning',
      ['idle', 'warningSeconds'],
      `idle.warningSeconds is ${kiosk.idle.warningSeconds}, but visitors get at least ${LEAST_WARNING_SECONDS} seconds to answer "Are you still there?" (some need longer to read and reach the button), so the kiosk counts down ${LEAST_WARNING_SECONDS}; write ${LEAST_WARNING_SECONDS} or more.`,
    );
  if (!offered.includes(fallback)) {
    // Every other language rule is measured against the default, so they wait for this fix.
    report(
      'error',
      ['languages', 'default'],
      `languages.default is "${fallback}", but languages.offered only has ${offered.join(', ')}. Add "${fallback}" to languages.offered, or make the default one of those.`,
    );
    return { content: null, problems, translations: [] };
  }

  // Every language is built and checked; only those not marked as drafts reach visitors.
  const byLanguage: Record<string, Localized> = {};
  const translations: TranslationSummary[] = [];
  for (const [index, { code: lang, label, draft = false }] of kiosk.languages.offered.entries()) {
    const {
      localized,
      problems: found,
      count,
    } = localize({ kiosk, lang, fallback, offered, faqs, locate, draft });
    problems.push(...found);
    const summary = { code: lang, label, isDefault: lang === fallback, draft, ...count };
    translations.push(summary);
    if (!draft) byLanguage[lang] = localized;
    else if (lang === fallback)
      report(
        'error',
        ['languages', 'offered', index, 'draft'],
        `"${lang}" is the default language, which every visitor starts in, so it cannot be a draft; remove "draft: true", or make another language the default.`,
      );
    else report('warning', ['languages', 'offered', index, 'draft'], draftMessage(summary, fallback));
  }
  return {
    content: {
      campaign: { name: kiosk.campaign.name },
      theme: kiosk.theme,
      idle: idleTimes(kiosk.idle),
      defaultLanguage: fallback,
      languages: kiosk.languages.offered
        .filter((language) => !language.draft)
        .map(({ code, label }) => ({ code, label })),
      byLanguage: await withPictureSizes(dir, byLanguage),
    },
    problems,
    translations,
  };
}

function images(kiosk: KioskFile): { src: string; path: Path }[] {
  const found: { src: string; path: Path }[] = [];
  if (kiosk.theme.logo) found.push({ src: kiosk.theme.logo, path: ['theme', 'logo'] });
  kiosk.attract.slides.forEach((slide, index) => {
    if (slide.image)
      found.push({ src: slide.image.file, path: ['attract', 'slides', index, 'image', 'file'] });
  });
  return found;
}

/** Pictures in answers with nothing between the brackets: visitors who cannot see them would miss them. */
function undescribedPictures(faqs: Map<string, FaqParse>): Problem[] {
  return [...faqs].flatMap(([lang, faq]) =>
    faq.images
      .filter((image) => image.alt.trim() === '')
      .map(({ src, line, column }) => ({
        severity: 'error' as const,
        file: faqFileName(lang),
        line,
        column,
        message: `the picture "${src}" has no description; write what it shows between the brackets, like ![Members at the state capitol rally](${src}), for visitors who cannot see it.`,
      })),
  );
}
