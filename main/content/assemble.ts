import type { FaqParse } from './faq-file';
import { KIOSK_FILE } from './kiosk-file';
import type { KioskFile } from './kiosk-schema';
import { localize, type Locate, type Path } from './localize';
import { checkImage } from './media';
import { settingName } from './setting-name';
import { themeContrastProblems } from './theme-contrast';
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
): Promise<{ content: Content | null; problems: Problem[] }> {
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], path: Path, message: string) =>
    problems.push({ severity, file: KIOSK_FILE, ...locate(path), message });
  const fallback = kiosk.languages.default;
  const offered = kiosk.languages.offered.map((language) => language.code);

  for (const { key, message } of themeContrastProblems(kiosk.theme))
    report('warning', ['theme', key], message);
  for (const { src, path } of images(kiosk)) {
    const wrong = await checkImage(dir, src);
    if (wrong) report('error', path, `${settingName(path)}: ${wrong}`);
  }
  if (!offered.includes(fallback)) {
    // Every other language rule is measured against the default, so they wait for this fix.
    report(
      'error',
      ['languages', 'default'],
      `languages.default is "${fallback}", but languages.offered only has ${offered.join(', ')}. Add "${fallback}" to languages.offered, or make the default one of those.`,
    );
    return { content: null, problems };
  }

  const byLanguage: Record<string, Localized> = {};
  for (const lang of offered) {
    const { localized, problems: found } = localize({ kiosk, lang, fallback, offered, faqs, locate });
    byLanguage[lang] = localized;
    problems.push(...found);
  }
  return {
    content: {
      campaign: { name: kiosk.campaign.name },
      theme: kiosk.theme,
      idle: kiosk.idle,
      defaultLanguage: fallback,
      languages: kiosk.languages.offered,
      byLanguage,
    },
    problems,
  };
}

function images(kiosk: KioskFile): { src: string; path: Path }[] {
  const found: { src: string; path: Path }[] = [];
  if (kiosk.theme.logo) found.push({ src: kiosk.theme.logo, path: ['theme', 'logo'] });
  kiosk.attract.slides.forEach((slide, index) => {
    if (slide.image) found.push({ src: slide.image, path: ['attract', 'slides', index, 'image'] });
  });
  return found;
}
