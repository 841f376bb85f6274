import { faqFileName, type FaqParse } from './faq-file';
import type { Problem, Question } from './types';

/**
 * One language's FAQ in the default language's order, falling back question by question to the
 * default text. Questions are compared only when both files are free of errors and of `##` lines
 * missing their space: until then a broken heading would be reported again here as a missing
 * translation.
 */
export function mergeFaq(
  defaults: FaqParse | undefined,
  own: FaqParse | undefined,
  lang: string,
  fallback: string,
  problems: Problem[],
): Question[] {
  const defaultQuestions = defaults?.questions ?? [];
  if (lang === fallback || !own) return defaultQuestions.map(stripPosition);
  const compare = [defaults, own].every(
    (faq) => !faq?.headingsWithoutSpace && faq?.problems.every((problem) => problem.severity !== 'error'),
  );
  const warn = (file: string, at: { line: number; column: number }, message: string) => {
    if (compare) problems.push({ severity: 'warning', file, line: at.line, column: at.column, message });
  };

  const ownById = new Map(own.questions.map((question) => [question.id, question]));
  const defaultIds = new Set(defaultQuestions.map((question) => question.id));
  const merged: Question[] = [];
  for (const question of defaultQuestions) {
    const translated = ownById.get(question.id);
    if (!translated) {
      warn(
        faqFileName(fallback),
        question,
        `the question "${question.id}" has no translation in ${faqFileName(lang)}, so those visitors see it in "${fallback}". Add it there with its heading ending in {#${question.id}}.`,
      );
    }
    merged.push(stripPosition(translated ?? question));
  }
  for (const question of own.questions) {
    if (defaultIds.has(question.id)) continue;
    warn(
      faqFileName(lang),
      question,
      `the question "${question.id}" is not in ${faqFileName(fallback)}, so it is shown last. If it translates a question there, end its heading with that question's {#id}; if not, add it to ${faqFileName(fallback)} too.`,
    );
    merged.push(stripPosition(question));
  }
  return merged;
}

function stripPosition({ id, question, answer, lang }: Question): Question {
  return { id, question, answer, lang };
}
