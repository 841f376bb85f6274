import type { TranslationCount } from './localize';

/** How far along one offered language is, for the check's closing lines. */
export interface TranslationSummary extends TranslationCount {
  code: string;
  label: string;
  /** The default language: every text is written in it, so it is complete by definition. */
  isDefault: boolean;
  /** Marked `draft: true`: checked and counted, but not offered to visitors. */
  draft: boolean;
}

const ofTotal = ({ translated, total }: { translated: number; total: number }, noun: string): string =>
  `${translated} of ${total} ${noun}`;

/** One line per language, as `content:check` ends: "fr: 1 of 11 questions, 7 of 25 texts (Français, draft: not offered to visitors)". */
export function formatTranslation(summary: TranslationSummary): string {
  const about = summary.isDefault
    ? 'the default language'
    : summary.draft
      ? 'draft: not offered to visitors'
      : 'offered to visitors';
  return `${summary.code}: ${ofTotal(summary.questions, 'questions')}, ${ofTotal(summary.texts, 'texts')} (${summary.label}, ${about})`;
}

/** The one warning a draft language gets, in place of a warning for every text it still lacks. */
export function draftMessage(summary: TranslationSummary, fallback: string): string {
  const done =
    summary.questions.translated === summary.questions.total &&
    summary.texts.translated === summary.texts.total;
  const progress = `${ofTotal(summary.questions, 'questions')} and ${ofTotal(summary.texts, 'texts')} are written in "${summary.code}"`;
  return done
    ? `"${summary.code}" (${summary.label}) is a draft, so visitors are not offered it, but it is fully translated (${progress}); remove "draft: true" to offer it.`
    : `"${summary.code}" (${summary.label}) is a draft, so visitors are not offered it yet: ${progress}, the rest would show in "${fallback}". When it is translated, remove "draft: true"; the check then lists each text still missing.`;
}
