import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assemble } from './assemble';
import { faqFileName, parseFaqFile, type FaqParse } from './faq-file';
import { KIOSK_FILE, parseKioskFile, type KioskParse } from './kiosk-file';
import { checkImage } from './media';
import { hasErrors, sortProblems } from './problems';
import { readTextFile } from './read-text';
import type { TranslationSummary } from './translations';
import type { Content, Problem } from './types';

/** The outcome of one load: the content when there are no errors, and every problem found. */
export interface LoadResult {
  content: Content | null;
  problems: Problem[];
  /** How far each offered language is translated; absent when kiosk.yaml could not be read. */
  translations?: TranslationSummary[];
}

/** What a load can tell its caller while it runs. */
export interface LoadOptions {
  /**
   * Hears each file's name before the file is read and parsed (and null once only the checks
   * across files are left), so a load stopped for taking too long can say which file it was on.
   */
  onFile?: (name: string | null) => void;
}

/** Loads and validates a content folder, collecting every problem rather than stopping at the first. */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { onFile = () => {} } = options;
  const folderProblem = await checkFolder(dir);
  if (folderProblem) return { content: null, problems: [folderProblem] };

  const problems: Problem[] = [];
  onFile(KIOSK_FILE);
  const kiosk = await readKiosk(dir, problems);
  const settings = kiosk?.kiosk ?? null;
  // Read every FAQ file present, so its errors show even when kiosk.yaml is broken.
  const langs = new Set(await faqLanguages(dir));
  for (const { code } of settings?.languages.offered ?? []) langs.add(code);
  const faqs = new Map<string, FaqParse>();
  for (const lang of langs) {
    onFile(faqFileName(lang));
    const faq = await readFaq(dir, lang, problems, settings);
    if (faq) faqs.set(lang, faq);
  }

  if (!kiosk || !settings) return { content: null, problems: sortProblems(problems) };
  onFile(null);
  const assembled = await assemble(dir, settings, faqs, kiosk.locate);
  problems.push(...assembled.problems);
  return {
    content: hasErrors(problems) ? null : assembled.content,
    problems: sortProblems(problems),
    translations: assembled.translations,
  };
}

async function checkFolder(dir: string): Promise<Problem | undefined> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory())
      return {
        severity: 'error',
        file: dir,
        message: 'this is a file, but the kiosk needs the content folder here.',
      };
    await readdir(dir);
    return undefined;
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `this content folder does not exist. Copy the content folder back, or start the kiosk with --content pointing at it.`
        : `the kiosk cannot read this content folder (${code ?? String(cause)}). Check that the folder's permissions let it be read.`;
    return { severity: 'error', file: dir, message };
  }
}

async function readKiosk(dir: string, problems: Problem[]): Promise<KioskParse | undefined> {
  const text = await readTextFile(join(dir, KIOSK_FILE), KIOSK_FILE);
  if (!text.ok) {
    problems.push(
      text.missing
        ? {
            ...text.problem,
            message:
              "this file is missing; it holds the kiosk's settings. Copy kiosk.yaml back into the content folder (README.md there describes every setting).",
          }
        : text.problem,
    );
    return undefined;
  }
  const parsed = guarded(KIOSK_FILE, problems, () => parseKioskFile(text.text));
  problems.push(...(parsed?.problems ?? []));
  return parsed;
}

/** Reads and parses one language's FAQ; a missing translation is a warning, a missing default an error. */
async function readFaq(
  dir: string,
  lang: string,
  problems: Problem[],
  settings: KioskParse['kiosk'],
): Promise<FaqParse | undefined> {
  const file = faqFileName(lang);
  const text = await readTextFile(join(dir, file), file);
  if (!text.ok) {
    const fallback = settings?.languages.default ?? lang;
    const label = (code: string) =>
      settings?.languages.offered.find((l) => l.code === code)?.label ?? `"${code}"`;
    if (!text.missing) problems.push(text.problem);
    else if (lang === fallback)
      problems.push({
        ...text.problem,
        message: `this file is missing; it holds the questions in ${label(lang)}, the default language. Copy it back, or write it with a "## " line for each question.`,
      });
    // A draft's missing file is counted in its summary ("0 of 11 questions"), not warned about.
    else if (!settings?.languages.offered.some((l) => l.code === lang && l.draft))
      problems.push({
        ...text.problem,
        severity: 'warning',
        message: `this file is missing, so visitors who choose ${label(lang)} see the questions in ${label(fallback)}. Copy ${faqFileName(fallback)} to ${file} and translate it.`,
      });
    return undefined;
  }
  const faq = guarded(file, problems, () => parseFaqFile(text.text, lang));
  if (!faq) return undefined;
  problems.push(...faq.problems);
  for (const image of faq.images) {
    const wrong = await checkImage(dir, image.src);
    if (wrong)
      problems.push({ severity: 'error', file, line: image.line, column: image.column, message: wrong });
  }
  if (settings && !settings.languages.offered.some((l) => l.code === lang)) {
    problems.push({
      severity: 'warning',
      file,
      message: `this file is not used: "${lang}" is not in languages.offered in kiosk.yaml. Add it there, or remove this file.`,
    });
  }
  return faq;
}

/**
 * Runs a parser, turning a throw (a parser's recursion limit, a bug) into a problem of that file:
 * one broken file must never stop the others from being checked, nor content:check from reporting.
 */
function guarded<T>(file: string, problems: Problem[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : String(error);
    problems.push({
      severity: 'error',
      file,
      message: `the kiosk could not read this file (${reason}). Undo the last change to it, or simplify it.`,
    });
    return undefined;
  }
}

/** The languages that have a FAQ file; a folder that vanishes mid-load has none, and the next poll says so. */
async function faqLanguages(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  return names.flatMap((name) => {
    const match = /^faq\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\.md$/.exec(name);
    return match?.[1] ? [match[1]] : [];
  });
}
