import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recipientProblem } from '../content/seal-to';
import { loadContent } from '../content/load';
import { formatProblem, hasErrors } from '../content/problems';
import { repoPaths } from '../paths';
import { SealJournalError, sealJournal, type SealReport } from '../signups/seal-journal';

const USAGE = `Usage: npm run seal -- --data-dir DIR [--content DIR | --to age1... [--to age1...]]
  --data-dir DIR   the kiosk's data folder (the one holding signups.jsonl)
  --content DIR    the content whose sealTo keys to seal to (default: this repository's content/)
  --to age1...     seal to this public key instead (repeat for several)`;

/** Refused before anything was touched; the message says why and what to do. */
class Refused extends Error {}

interface Args {
  dataDir: string;
  recipients: string[];
  from: string;
}

async function readArgs(): Promise<Args> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        content: { type: 'string' },
        to: { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    throw new Refused((error as Error).message);
  }
  if (!values['data-dir']) throw new Refused('Say which data folder to seal: --data-dir DIR.');
  const dataDir = resolve(values['data-dir']);
  if (values.to?.length) {
    if (values.content) throw new Refused('Give --content or --to, not both.');
    values.to.forEach((key, index) => {
      const problem = recipientProblem(key);
      if (problem) throw new Refused(`--to number ${index + 1} ${problem}.`);
    });
    return { dataDir, recipients: values.to, from: '--to' };
  }
  const dir = resolve(values.content ?? repoPaths(import.meta.url).content);
  const { content, problems } = await loadContent(dir);
  if (!content || hasErrors(problems)) {
    const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    throw new Refused(
      `The content in ${dir} has errors; fix them first (npm run content:check):\n${errors.join('\n')}`,
    );
  }
  const sealTo = content.byLanguage[content.defaultLanguage]?.signup?.sealTo ?? [];
  if (sealTo.length === 0) {
    throw new Refused(
      `The content in ${dir} has no sealTo keys: add the organizers' public key (npm run keys makes one) to the signup group of kiosk.yaml, or give --to age1...`,
    );
  }
  return { dataDir, recipients: sealTo, from: `sealTo in ${dir}` };
}

function describe(report: SealReport, args: Args): string[] {
  const keys = `${args.recipients.length} key(s) from ${args.from}`;
  const lines = [
    report.sealed > 0
      ? `Sealed ${report.sealed} signup(s) in ${report.file} to ${keys}.`
      : `No signup in ${report.file} needed sealing.`,
  ];
  if (report.alreadySealed > 0) lines.push(`${report.alreadySealed} signup(s) were sealed already.`);
  if (report.setAside > 0) {
    lines.push(`${report.setAside} damaged line(s) were moved out of the journal, sealed, into recovered/.`);
  }
  if (report.recoveredSealed > 0) lines.push(`${report.recoveredSealed} file(s) in recovered/ were sealed.`);
  if (report.sealed + report.setAside + report.recoveredSealed > 0) {
    lines.push('The clear copies were deleted; their bytes can stay on the disk until it reuses the space.');
  }
  return lines;
}

/** Entry point of `npm run seal`: seals the clear signups already in a data folder, in place. */
async function main(): Promise<void> {
  let args: Args;
  try {
    args = await readArgs();
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    console.error(`${error.message}\nNothing was changed.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  try {
    const report = await sealJournal({ dataDir: args.dataDir, recipients: args.recipients });
    for (const line of describe(report, args)) console.log(line);
  } catch (error) {
    if (!(error instanceof SealJournalError)) throw error;
    // The journal is replaced in one rename: before it nothing changed, after it all was sealed.
    console.error(`npm run seal stopped: ${error.message}`);
    if (error.done) for (const line of describe(error.done, args)) console.error(line);
    else console.error('The journal was not changed.');
    console.error('Fix the cause, then run npm run seal again: it picks up where it stopped.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`npm run seal failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
