import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../content/load';
import { formatProblem } from '../content/problems';
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
  const { problems } = await loadContent(dir);
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
