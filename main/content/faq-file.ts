import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Heading, RootContent } from 'mdast';
import { headingsWithoutSpace, startsWithHeadingWithoutSpace } from './faq-headings';
import { MarkdownConverter, plainText, start, type ImageRef } from './markdown';
import { checkMarkdownShape } from './markdown-limits';
import type { Problem, Question } from './types';

/** The questions of one `faq.<lang>.md`, the problems found, and the images it refers to. */
export interface FaqParse {
  questions: (Question & { line: number; column: number })[];
  problems: Problem[];
  images: ImageRef[];
  /** Lines like `##Question` that were surely meant as questions: until fixed, the questions are not all known. */
  headingsWithoutSpace?: number;
}

type At = { line: number; column: number };

/** The file name of a language's FAQ. */
export const faqFileName = (lang: string): string => `faq.${lang}.md`;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Parses a FAQ file: each `## ` heading is a question, what follows it (up to the next `## `)
 * its answer. A heading may end in `{#some-id}` to fix the question's id across languages.
 */
export function parseFaqFile(source: string, lang: string): FaqParse {
  const file = faqFileName(lang);
  // A shape that would freeze or crash the parser is the file's one problem until it is fixed.
  const shape = checkMarkdownShape(source);
  if (shape) return { questions: [], problems: [{ severity: 'error', file, ...shape }], images: [] };
  const root = fromMarkdown(source);
  const converter = new MarkdownConverter();
  const problems: Problem[] = [];
  const questions: FaqParse['questions'] = [];
  const seen = new Map<string, number>();
  const problem = (severity: Problem['severity'], at: At, message: string) =>
    problems.push({ severity, file, ...at, message });

  const addQuestion = (heading: Heading, body: RootContent[]) => {
    const at = start(heading);
    const { text, id, explicit, idAt } = splitId(heading, source);
    const answer = converter.blocks(body);
    if (!text) problem('error', at, 'this question is empty; write the question after "## ".');
    else if (answer.length === 0)
      problem('error', at, `the question "${text}" has no answer; write the answer on the lines under it.`);
    if (!ID_PATTERN.test(id)) {
      if (explicit)
        problem(
          'error',
          idAt,
          `the id {#${id}} cannot be used: an id may only have small letters, digits and dashes, like {#who-is-afscme}.`,
        );
      else if (text)
        problem(
          'error',
          at,
          'the kiosk cannot make an id from this question; end it with one, like {#who-is-afscme}.',
        );
    } else if (seen.has(id)) {
      problem(
        'error',
        idAt,
        `two questions have the id "${id}" (the other is on line ${seen.get(id)}); give one of them its own {#id}.`,
      );
    } else {
      seen.set(id, at.line);
      if (text && answer.length > 0) questions.push({ id, question: text, answer, lang, ...at });
    }
  };

  const sourceLines = source.split(/\r?\n/);
  let unsureHeadings = 0;
  let current: { heading: Heading; body: RootContent[] } | undefined;
  for (const node of root.children) {
    if (node.type === 'paragraph')
      for (const { message, ...at } of headingsWithoutSpace(node, sourceLines)) {
        problem('warning', at, message);
        unsureHeadings++;
      }
    if (node.type === 'heading' && node.depth === 2) {
      if (current) addQuestion(current.heading, current.body);
      current = { heading: node, body: [] };
    } else if (current) {
      current.body.push(node);
    } else if (
      !(node.type === 'heading' && node.depth === 1) &&
      !converter.isComment(node) &&
      !(node.type === 'paragraph' && startsWithHeadingWithoutSpace(node, sourceLines))
    ) {
      problem(
        'warning',
        start(node),
        'text before the first "## " question is not shown on the kiosk; move it under a question, or delete it.',
      );
    }
  }
  if (current) addQuestion(current.heading, current.body);

  if (!root.children.some((node) => node.type === 'heading' && node.depth === 2)) {
    problem(
      'error',
      { line: 1, column: 1 },
      'this file has no questions; start each question on its own line with "## ", like "## Who is AFSCME?".',
    );
  }
  for (const note of converter.notes) problem('warning', note, note.message);
  return { questions, problems, images: converter.images, headingsWithoutSpace: unsureHeadings };
}

/**
 * Splits `Question text {#id}` into its text and id, and says where the id is written; without an
 * explicit id, the id is the text's slug and is shown at the heading.
 */
function splitId(
  heading: Heading,
  source: string,
): { text: string; id: string; explicit: boolean; idAt: At } {
  const at = start(heading);
  const full = plainText(heading.children).trim();
  const open = full.lastIndexOf('{#');
  if (open === -1 || !full.endsWith('}')) return { text: full, id: slug(full), explicit: false, idAt: at };
  const written = source.slice(heading.position?.start.offset, heading.position?.end.offset);
  const column = written.lastIndexOf('{#');
  return {
    text: full.slice(0, open).trim(),
    id: full.slice(open + 2, -1).trim(),
    explicit: true,
    idAt: column === -1 ? at : { line: at.line, column: at.column + column },
  };
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
