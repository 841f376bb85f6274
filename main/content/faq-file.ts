import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Heading } from 'mdast';
import { MarkdownConverter, plainText, start, type ImageRef } from './markdown';
import type { Problem, Question } from './types';

/** The questions of one `faq.<lang>.md`, the problems found, and the images it refers to. */
export interface FaqParse {
  questions: (Question & { line: number; column: number })[];
  problems: Problem[];
  images: ImageRef[];
}

/** The file name of a language's FAQ. */
export const faqFileName = (lang: string): string => `faq.${lang}.md`;

/**
 * Parses a FAQ file: each `## ` heading is a question, what follows it (up to the next `## `)
 * its answer. A heading may end in `{#some-id}` to fix the question's id across languages.
 */
export function parseFaqFile(source: string, lang: string): FaqParse {
  const file = faqFileName(lang);
  const root = fromMarkdown(source);
  const converter = new MarkdownConverter();
  const problems: Problem[] = [];
  const questions: FaqParse['questions'] = [];
  const seen = new Map<string, number>();
  const problem = (severity: Problem['severity'], at: { line: number; column: number }, message: string) =>
    problems.push({ severity, file, ...at, message });

  let current: { heading: Heading; body: typeof root.children } | undefined;
  const finish = () => {
    if (!current) return;
    const { heading, body } = current;
    const at = start(heading);
    const { text, id } = splitId(plainText(heading.children).trim());
    const answer = converter.blocks(body);
    if (!text) problem('error', at, 'this question heading is empty; write the question after "## ".');
    else if (answer.length === 0)
      problem('error', at, `the question "${text}" has no answer; write the answer under its heading.`);
    if (id === '')
      problem('error', at, 'an id must use letters, digits and dashes, like {#who-is-afscme}.');
    else if (seen.has(id))
      problem(
        'error',
        at,
        `two questions have the id "${id}" (the other is on line ${seen.get(id)}); give one of them its own {#id}.`,
      );
    else seen.set(id, at.line);
    if (text && answer.length > 0 && id) questions.push({ id, question: text, answer, lang, ...at });
  };

  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      finish();
      current = { heading: node, body: [] };
    } else if (current) {
      current.body.push(node);
    } else if (!(node.type === 'heading' && node.depth === 1)) {
      problem('warning', start(node), 'text before the first "## " question is not shown on the kiosk.');
    }
  }
  finish();

  if (questions.length === 0 && problems.every((p) => p.severity !== 'error')) {
    problem('error', { line: 1, column: 1 }, 'this file has no questions; start each question with "## ".');
  }
  for (const note of converter.notes) problem('warning', note, note.message);
  return { questions, problems, images: converter.images };
}

/** Splits `Question text {#id}` into its text and id; without an explicit id, the id is the text's slug. */
function splitId(heading: string): { text: string; id: string } {
  const open = heading.lastIndexOf('{#');
  if (open !== -1 && heading.endsWith('}')) {
    const id = heading.slice(open + 2, -1).trim();
    return { text: heading.slice(0, open).trim(), id: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : '' };
  }
  return { text: heading, id: slug(heading) };
}

/** A question's id from its text: lower case, accents dropped, words joined by dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
