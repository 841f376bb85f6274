import { mergeFaq } from './faq-merge';
import type { FaqParse } from './faq-file';
import { KIOSK_FILE } from './kiosk-file';
import { wordKeys, type KioskFile } from './kiosk-schema';
import { checkImage } from './media';
import { settingName } from './setting-name';
import { themeContrastProblems } from './theme-contrast';
import type { Content, Localized, Problem, SignupForm } from './types';

type Path = (string | number)[];
type Locate = (path: Path) => { line: number; column: number };

/**
 * Builds the per-language content from settings that passed the schema, checking the rules that
 * span files: the default language, text in every language, pictures, and matching questions.
 * Problems are added to `problems`; the content is only used when none of them is an error.
 */
export async function assemble(
  dir: string,
  kiosk: KioskFile,
  faqs: Map<string, FaqParse>,
  locate: Locate,
  problems: Problem[],
): Promise<Content | null> {
  const fallback = kiosk.languages.default;
  const offered = kiosk.languages.offered.map((language) => language.code);
  const report = (severity: Problem['severity'], path: Path, message: string) =>
    problems.push({ severity, file: KIOSK_FILE, ...locate(path), message });

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
    return null;
  }

  // Required in the default language; in the others a warning, and the default text is shown.
  const pick = (map: Record<string, string>, path: Path, lang: string): string => {
    if (lang === fallback) {
      for (const code of Object.keys(map).filter((code) => !offered.includes(code))) {
        report(
          'warning',
          [...path, code],
          `${settingName(path)} has text in "${code}", a language the kiosk does not offer; add "${code}" to languages.offered, or remove this line.`,
        );
      }
    }
    const text = map[lang];
    if (text !== undefined) return text;
    if (lang === fallback)
      report(
        'error',
        path,
        `${settingName(path)} has no "${fallback}" text, but every text needs the default language; add a line "${fallback}: ..." under it.`,
      );
    else
      report(
        'warning',
        path,
        `${settingName(path)} has no "${lang}" text, so the "${fallback}" text is shown instead; add a line "${lang}: ..." under it.`,
      );
    return map[fallback] ?? '';
  };

  const fallbackFaq = faqs.get(fallback);
  const byLanguage: Record<string, Localized> = {};
  for (const lang of offered) {
    byLanguage[lang] = {
      lang,
      tagline: pick(kiosk.campaign.tagline, ['campaign', 'tagline'], lang),
      words: Object.fromEntries(
        wordKeys.map((key) => [key, pick(kiosk.words[key], ['words', key], lang)]),
      ) as Record<(typeof wordKeys)[number], string>,
      slides: kiosk.attract.slides.map((slide, index) => {
        const at = (...rest: Path): Path => ['attract', 'slides', index, ...rest];
        return {
          title: pick(slide.title, at('title'), lang),
          text: pick(slide.text, at('text'), lang),
          ...(slide.image ? { image: slide.image } : {}),
          ...(slide.qr
            ? { qr: { url: slide.qr.url, caption: pick(slide.qr.caption, at('qr', 'caption'), lang) } }
            : {}),
        };
      }),
      faq: mergeFaq(fallbackFaq, faqs.get(lang), lang, fallback, problems),
      signup: kiosk.signup ? localizeSignup(kiosk.signup, lang, pick) : null,
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

function images(kiosk: KioskFile): { src: string; path: Path }[] {
  const found: { src: string; path: Path }[] = [];
  if (kiosk.theme.logo) found.push({ src: kiosk.theme.logo, path: ['theme', 'logo'] });
  kiosk.attract.slides.forEach((slide, index) => {
    if (slide.image) found.push({ src: slide.image, path: ['attract', 'slides', index, 'image'] });
  });
  return found;
}

type Pick = (map: Record<string, string>, path: Path, lang: string) => string;

/** The signup form in one language, with the same fallback and warnings as every other text. */
function localizeSignup(signup: NonNullable<KioskFile['signup']>, lang: string, pick: Pick): SignupForm {
  const text = (key: 'button' | 'title' | 'intro' | 'consent' | 'submit' | 'thankYou') =>
    pick(signup[key], ['signup', key], lang);
  return {
    button: text('button'),
    title: text('title'),
    intro: text('intro'),
    consent: text('consent'),
    submit: text('submit'),
    thankYou: text('thankYou'),
    fields: signup.fields.map((field, index) => ({
      name: field.name,
      label: pick(field.label, ['signup', 'fields', index, 'label'], lang),
      required: field.required ?? false,
      ...(field.choices
        ? {
            choices: field.choices.map((choice, number) =>
              pick(choice, ['signup', 'fields', index, 'choices', number], lang),
            ),
          }
        : {}),
    })),
  };
}
