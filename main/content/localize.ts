import { builtInWord, builtInWords, optionalWordKeys } from './built-in-words';
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
  /** A language still being translated: its missing texts are counted, not listed one by one. */
  draft?: boolean;
}

/** How much of one language is written: its own texts and questions, out of the default's. */
export interface TranslationCount {
  texts: { translated: number; total: number };
  questions: { translated: number; total: number };
}

/**
 * Builds the content in one language and returns the problems found on the way, and how much of
 * it is translated: a text missing in the default language is an error; missing elsewhere, a
 * warning, and the default text shows, except consent wording, which never falls back (an error).
 */
export function localize({ kiosk, lang, fallback, offered, faqs, locate, draft = false }: LocalizeInput): {
  localized: Localized;
  problems: Problem[];
  count: TranslationCount;
} {
  const problems: Problem[] = [];
  const texts = { translated: 0, total: 0 };
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
    texts.total++;
    if (text !== undefined) texts.translated++;
    if (text !== undefined) return text;
    if (path[0] === 'signup' && path[1] === 'consent' && lang !== fallback && !draft)
      // What a visitor agrees to must be in the language they read: never another language's words.
      report(
        'error',
        path,
        `${settingName(path)} has no "${lang}" wording. Visitors must read what they agree to in their own language, so the kiosk never shows another language's wording here; add a line "${lang}: ..." under it, or mark "${lang}" as draft: true in languages.offered until it is translated.`,
      );
    else if (lang === fallback)
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

  /** A word the content may leave out: the content's own, else the kiosk's built-in one. */
  const word = (key: (typeof optionalWordKeys)[number]): string => {
    const given = kiosk.words[key];
    const own = builtInWord(key, lang);
    const backup = builtInWord(key, fallback) ?? builtInWords[key].en;
    if (given)
      return pick({ ...(own === undefined ? { [fallback]: backup } : { [lang]: own }), ...given }, [
        'words',
        key,
      ]);
    if (own !== undefined) return own;
    report(
      'warning',
      ['words', key],
      `words.${key} is not given, and the kiosk knows it only in English and Spanish, so "${lang}" visitors read "${backup}"; add words.${key} with a line "${lang}: ..." under it.`,
    );
    return backup;
  };

  const localized: Localized = {
    lang,
    tagline: pick(kiosk.campaign.tagline, ['campaign', 'tagline']),
    words: Object.fromEntries([
      ...wordKeys.map((key) => [key, pick(kiosk.words[key], ['words', key])]),
      ...optionalWordKeys.map((key) => [key, word(key)]),
    ]) as Words,
    slides: kiosk.attract.slides.map((slide, index) => {
      const at = (...rest: Path): Path => ['attract', 'slides', index, ...rest];
      return {
        ...(slide.figure ? { figure: pick(slide.figure, at('figure')) } : {}),
        title: pick(slide.title, at('title')),
        text: pick(slide.text, at('text')),
        seconds: slide.seconds ?? kiosk.idle.slideSeconds,
        ...(slide.image
          ? {
              image: {
                src: slide.image.file,
                description: pick(slide.image.description, at('image', 'description')),
                fit: slide.image.fit ?? 'contain',
              },
            }
          : {}),
        ...(slide.qr
          ? { qr: { url: slide.qr.url, caption: pick(slide.qr.caption, at('qr', 'caption')) } }
          : {}),
      };
    }),
    faq: mergeFaq(faqs.get(fallback), faqs.get(lang), lang, fallback, problems),
    signup: kiosk.signup ? localizeSignup(kiosk.signup, pick) : null,
  };
  const own = new Set(faqs.get(lang)?.questions.map((question) => question.id));
  const defaults = faqs.get(fallback)?.questions ?? [];
  const questions = {
    translated: defaults.filter((question) => lang === fallback || own.has(question.id)).length,
    total: defaults.length,
  };
  // A draft is not offered to visitors: what it still lacks is summed up once, not warned text by text.
  const kept = draft ? problems.filter((problem) => problem.severity === 'error') : problems;
  return { localized, problems: kept, count: { texts, questions } };
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
    sealTo: signup.sealTo ?? [],
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
