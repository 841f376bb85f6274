import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../content/load';
import { formatProblem, hasErrors } from '../content/problems';
import { repoPaths } from '../paths';
import { builtAt } from '../staff/build-date';
import { preflight } from '../staff/preflight';
import { settingsStatus } from '../staff/settings-file';

const USAGE = `Usage: npm run preflight -- [--content DIR] [--data-dir DIR]
  --content DIR    the content folder (default: the repository's content/)
  --data-dir DIR   the kiosk's data folder (default: the repository's data/, as npm run serve uses)`;

/** Colours only on a terminal: a log file or a test reads plain text. */
const paint = (code: number, text: string) => (process.stdout.isTTY ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * Entry point of `npm run preflight`: the staff checklist ("ready for the doors") in a terminal.
 * Exits 1 when a line is red, 2 when the arguments are wrong.
 */
async function main(): Promise<void> {
  let contentDir: string;
  let dataDir: string;
  try {
    const { values } = parseArgs({
      options: { content: { type: 'string' }, 'data-dir': { type: 'string' } },
    });
    const defaults = repoPaths(import.meta.url);
    contentDir = resolve(values.content ?? defaults.content);
    dataDir = resolve(values['data-dir'] ?? defaults.data);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const [{ content, problems }, settings] = await Promise.all([
    loadContent(contentDir),
    settingsStatus(dataDir),
  ]);
  const lines = await preflight({
    dataDir,
    contentFolder: contentDir,
    contentErrors: problems.filter((problem) => problem.severity === 'error').length,
    contentLoaded: content !== null,
    staff: settings,
    settings,
    now: new Date(),
    builtAt: builtAt(),
  });
  for (const line of lines) {
    // The last export is news, not a check: never red, so not marked "ok" either.
    const mark = line.id === 'last-export' ? '  •  ' : line.ok ? paint(32, '✓ ok ') : paint(31, '✗ FIX');
    console.log(`${mark}  ${line.title}\n       ${line.detail}`);
    if (line.id === 'content' && hasErrors(problems)) {
      for (const problem of problems) console.log(`         ${formatProblem(problem)}`);
    }
  }
  const red = lines.filter((line) => !line.ok).length;
  console.log(red ? `\n${red} line(s) to fix before the doors open.` : '\nReady for the doors.');
  if (red) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
