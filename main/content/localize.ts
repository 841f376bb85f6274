import { mergeFaq } from './faq-merge';
import type { FaqParse } from './faq-file';
import { KIOSK_FILE } from './kiosk-file';
import { wordKeys, type KioskFile } from './kiosk-schema';
import { consentChannels } from './signup-schema';
import { settingName } from './setting-name';
import type { Localized, Problem, SignupForm, Words } from './types';

export type Path = (string | number)[];
export type Locate = (path: Path) => { line: number; column: number };

/** What one language's content is built from. */
export interface LocalizeInput {
  kiosk: KioskFile;
  lang: string;
  /** The default language, which every text must have and every other falls back to. */
  fallback: string;
  offered: string[];
  faqs: Map<string, FaqParse>;
  locate: Locate;
}

/**
 * Builds the content in one language and returns the problems found on the way: a text missing
 * in the default language is an error; missing elsewhere, a warning, and the default text shows.
 */
export function localize({ kiosk, lang, fallback, offered, faqs, locate }: LocalizeInput): {
  localized: Localized;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], path: Path, message: string) =>
    problems.push({ severity, file: KIOSK_FILE, ...locate(path), message });

  const pick: Pick = (map, path) => {
    // Reported once, while building the default language.
    if (lang === fallback) {
      for (const code of Object.keys(map).filter((code) => !offered.includes(code)))
        report(
          'warning',
          [...path, code],
          `${settingName(path)} has text in "${code}", a language the kiosk does not offer; add "${code}" to languages.offered, or remove this line.`,
        );
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

  const localized: Localized = {
    lang,
    tagline: pick(kiosk.campaign.tagline, ['campaign', 'tagline']),
    words: Object.fromEntries(wordKeys.map((key) => [key, pick(kiosk.words[key], ['words', key])])) as Words,
    slides: kiosk.attract.slides.map((slide, index) => {
      const at = (...rest: Path): Path => ['attract', 'slides', index, ...rest];
      return {
        title: pick(slide.title, at('title')),
        text: pick(slide.text, at('text')),
        ...(slide.image ? { image: slide.image } : {}),
        ...(slide.qr
          ? { qr: { url: slide.qr.url, caption: pick(slide.qr.caption, at('qr', 'caption')) } }
          : {}),
      };
    }),
    faq: mergeFaq(faqs.get(fallback), faqs.get(lang), lang, fallback, problems),
    signup: kiosk.signup ? localizeSignup(kiosk.signup, pick) : null,
  };
  return { localized, problems };
}

type Pick = (map: Record<string, string>, path: Path) => string;

/** The signup form in one language, with the same fallback and warnings as every other text. */
function localizeSignup(signup: NonNullable<KioskFile['signup']>, pick: Pick): SignupForm {
  const text = (key: 'button' | 'title' | 'intro' | 'submit' | 'thankYou') =>
    pick(signup[key], ['signup', key]);
  return {
    button: text('button'),
    title: text('title'),
    intro: text('intro'),
    submit: text('submit'),
    thankYou: text('thankYou'),
    phoneRegion: signup.phoneRegion ?? 'US',
    consent: consentChannels.flatMap((channel) => {
      const wording = signup.consent[channel];
      return wording ? [{ channel, text: pick(wording, ['signup', 'consent', channel]) }] : [];
    }),
    fields: signup.fields.map((field, index) => ({
      name: field.name,
      label: pick(field.label, ['signup', 'fields', index, 'label']),
      required: field.required ?? false,
      ...(field.choices
        ? {
            choices: field.choices.map((choice, number) =>
              pick(choice, ['signup', 'fields', index, 'choices', number]),
            ),
          }
        : {}),
    })),
  };
}
