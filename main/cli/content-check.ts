import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createContentLoader } from '../content/load-in-worker';
import { formatProblem } from '../content/problems';
import { formatTranslation } from '../content/translations';
import { repoPaths } from '../paths';

/** Entry point of `npm run content:check`: prints every problem of a content folder. */
async function main(): Promise<void> {
  let dir: string;
  try {
    const { values } = parseArgs({ options: { content: { type: 'string' } } });
    dir = resolve(values.content ?? repoPaths(import.meta.url).content);
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run content:check [-- --content DIR]`);
    process.exitCode = 2;
    return;
  }
  // In a worker with the host's time budget: a file that would hang or crash the parser is reported.
  const loader = createContentLoader();
  const { problems, translations = [] } = await loader.load(dir).finally(() => loader.close());
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  for (const problem of problems) console.log(formatProblem(problem));
  if (errors.length > 0) {
    console.log(
      `\n${dir}: ${errors.length} error(s), ${warnings} warning(s). Fix the errors, then run this check again.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`${dir}: content is ready${warnings ? `, with ${warnings} warning(s) worth a look` : ''}.`);
  }
  // Last, how far each language is translated: what an organizer checks before an event.
  if (translations.length > 0) console.log(`\nLanguages:\n${translations.map(formatTranslation).join('\n')}`);
}

// Organizers read this, so even a bug shows as one line, not a stack trace.
main().catch((error: unknown) => {
  console.error(`content:check could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
