import { execFileSync } from 'node:child_process';
import { appendFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyDefaultContent } from '../../../support/content-fixture';

/** Folder of malformed-content cases: each holds only the files that differ from the default content. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Files in a case folder that describe the case rather than belong to the content. */
const CONTROL_FILES = new Set(['expected.txt', '_delete', '_generate', '_fifo']);

/** The names of every case folder, sorted. */
export async function fixtureNames(): Promise<string[]> {
  const entries = await readdir(FIXTURES, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A temp content folder built from one case, and the problem lines the case expects. */
export interface FixtureContent {
  dir: string;
  expected: string[];
  remove: () => Promise<void>;
}

/**
 * Builds a case over a temp copy of the default content: its files written over the copy, the
 * files listed in `_delete` removed, and each `_generate` line written, so a large or
 * pathological file need not live in the repository:
 * - `<file> <megabytes>`: a Markdown file of that size;
 * - `<file> = <count> <JSON string>`: the file is the string repeated `count` times;
 * - `<file> + <count> <JSON string>`: the string repeated `count` times is added to the file.
 * Each name in `_fifo` becomes a FIFO (which git cannot store), as a careless copy could leave.
 */
export async function buildFixture(name: string): Promise<FixtureContent> {
  const source = join(FIXTURES, name);
  const content = await copyDefaultContent();
  await cp(source, content.dir, {
    recursive: true,
    filter: (path) => !CONTROL_FILES.has(path.slice(source.length + 1)),
  });
  for (const file of await lines(join(source, '_delete'))) await rm(join(content.dir, file));
  for (const line of await lines(join(source, '_generate'))) {
    const repeated = /^(\S+) ([=+]) (\d+) (".*")$/.exec(line);
    if (repeated) {
      const [, file = '', mode, count, text = '""'] = repeated;
      const write = mode === '=' ? writeFile : appendFile;
      await write(join(content.dir, file), (JSON.parse(text) as string).repeat(Number(count)));
      continue;
    }
    const [file = '', megabytes = '0'] = line.split(/\s+/);
    const bytes = Number(megabytes) * 1024 * 1024;
    const question = '## A question {#q}\n\nAn answer.\n\n';
    await writeFile(
      join(content.dir, file),
      question.repeat(Math.ceil(bytes / question.length)).slice(0, bytes),
    );
  }
  for (const file of await lines(join(source, '_fifo'))) {
    await rm(join(content.dir, file), { force: true });
    execFileSync('mkfifo', [join(content.dir, file)]);
  }
  return { ...content, expected: await lines(join(source, 'expected.txt')) };
}

async function lines(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line.trim() !== '');
}
