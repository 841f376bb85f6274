import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeSignups, type MergeReport } from '../export/merge';
import { isPresetName, PRESET_NAMES, PRESETS, type PresetName } from '../export/presets';
import { ExportError } from '../export/write-errors';
import { IdentityError, readIdentityFile } from '../signups/identity';

const USAGE = `Usage: npm run merge -- FILE... --out FILE [--preset ${PRESET_NAMES.join('|')}] [--identity FILE]
  FILE...          kiosk journals (signups.jsonl) and "All fields" exports, from any kiosks
  --out FILE       ending in .jsonl: one merged journal (sealed signups stay sealed without
                   --identity); otherwise a CSV file, which sealed signups need --identity for
  --preset NAME    for a CSV: all (default), action-network or mailchimp
  --identity FILE  the organizers' identity file (made by npm run keys), to open sealed signups
                   and find double signups (same email or phone) among them`;

interface Args {
  inputs: string[];
  out: string;
  preset: PresetName;
  identity: string | null;
}

/** The arguments, or null when only the usage was asked for (--help). */
function readArgs(): Args | null {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      preset: { type: 'string', default: 'all' },
      identity: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (positionals.length === 0) throw new Error('Name the files to merge.');
  if (!values.out) throw new Error('Say where to write the merged file: --out FILE.');
  if (!isPresetName(values.preset)) {
    throw new Error(`There is no preset "${values.preset}": choose ${PRESET_NAMES.join(', ')}.`);
  }
  return {
    inputs: positionals,
    out: resolve(values.out),
    preset: values.preset,
    identity: values.identity ? resolve(values.identity) : null,
  };
}

function print(report: MergeReport, preset: PresetName): void {
  console.log(`Read ${report.inputs.length} file(s):`);
  for (const input of report.inputs) {
    console.log(
      `  ${input.file}: ${input.kind === 'journal' ? 'journal' : '"All fields" export'}, ${input.records} signup(s)`,
    );
  }
  const what = report.file.endsWith('.jsonl') ? 'journal' : PRESETS[preset].label;
  console.log(`Wrote ${report.written} signup(s) to ${report.file} (${what}).`);
  if (report.leftOut)
    console.log(`${report.leftOut} signup(s) left out of this preset: no consent for its channels.`);
  if (report.duplicates)
    console.log(`Removed ${report.duplicates} exact duplicate(s): the same signup in more than one file.`);
  if (report.conflicts.length) {
    console.log(
      `\n${report.conflicts.length} conflicting record(s): same id, different content. The first was kept; check the other by hand:`,
    );
    for (const c of report.conflicts) console.log(`  ${c.id}: kept ${c.kept}, left out ${c.other}`);
  }
  if (report.samePerson.length) {
    console.log(
      `\n${report.samePerson.length} email address(es) or phone number(s) signed up more than once (all kept; check before uploading):`,
    );
    for (const group of report.samePerson) {
      console.log(`  ${group.by} ${group.value}:`);
      for (const r of group.records)
        console.log(`    ${r.name || '(no name)'}, saved ${r.savedAt}, id ${r.id}, at ${r.at}`);
    }
  }
  if (report.keptSealed) {
    console.log(
      `\n${report.keptSealed} sealed signup(s) were merged still sealed. Double signups (same email or phone) among them were not looked for: that needs the organizers' identity file (--identity FILE).`,
    );
  }
  if (report.badLines.length) {
    console.log(`\n${report.badLines.length} damaged journal line(s) skipped:`);
    for (const bad of report.badLines) console.log(`  ${bad.at}: ${bad.why}`);
  }
  if (report.unreadable.length) {
    console.log(`\n${report.unreadable.length} sealed signup(s) could not be read and were left out:`);
    for (const sealed of report.unreadable) console.log(`  ${sealed.at}: ${sealed.why}`);
  }
}

/** Entry point of `npm run merge`: several kiosks' signups into one file. */
async function main(): Promise<void> {
  let args: Args | null;
  try {
    args = readArgs();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!args) {
    console.log(USAGE);
    return;
  }
  const identities = args.identity ? await readIdentityFile(args.identity) : null;
  const { inputs, out, preset } = args;
  const report = await mergeSignups({ inputs, out, preset, identities });
  print(report, args.preset);
}

main().catch((error: unknown) => {
  // Messages for volunteers, never a stack trace.
  const message =
    error instanceof ExportError || error instanceof IdentityError
      ? error.message
      : `The merge failed: ${String((error as Error)?.message ?? error)}`;
  console.error(`${message}\nNothing was written.`);
  process.exitCode = 1;
});
