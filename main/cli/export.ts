import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportSignups } from '../export/export-signups';
import { isPresetName, PRESET_NAMES, PRESETS, type PresetName } from '../export/presets';
import { ExportError } from '../export/write-errors';
import { IdentityError, readIdentityFile } from '../signups/identity';

const USAGE = `Usage: npm run export -- --data-dir DIR --out FILE [--preset ${PRESET_NAMES.join('|')}] [--since-last] [--identity FILE]
  --data-dir DIR   the kiosk's data folder (the one holding signups.jsonl), or a sealed copy
                   (sealed-signups-....jsonl) that staff mode wrote to a stick
  --out FILE       the CSV file to write, or a folder (a USB stick) to write it into
  --preset NAME    all (default): every field; action-network; mailchimp
  --since-last     only the signups after the last export of this preset
  --identity FILE  the organizers' identity file (made by npm run keys), to open sealed signups;
                   without it, an export of sealed signups is refused`;

interface Args {
  dataDir: string;
  out: string;
  preset: PresetName;
  sinceLast: boolean;
  identity: string | null;
}

/** The arguments, or null when only the usage was asked for (--help). */
function readArgs(): Args | null {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      preset: { type: 'string', default: 'all' },
      'since-last': { type: 'boolean', default: false },
      identity: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (!values['data-dir']) throw new Error('Say which data folder to export from: --data-dir DIR.');
  if (!values.out) throw new Error('Say where to write the file: --out FILE (or a folder).');
  if (!isPresetName(values.preset)) {
    throw new Error(`There is no preset "${values.preset}": choose ${PRESET_NAMES.join(', ')}.`);
  }
  return {
    dataDir: resolve(values['data-dir']),
    out: resolve(values.out),
    preset: values.preset,
    sinceLast: values['since-last'],
    identity: values.identity ? resolve(values.identity) : null,
  };
}

/** Entry point of `npm run export`: one export of the kiosk's signups to a CSV file. */
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
  // A folder (a stick's mount point) takes the default name; anything else is the file's name.
  const isFolder = await stat(args.out).then(
    (info) => info.isDirectory(),
    () => false,
  );
  const identities = args.identity ? await readIdentityFile(args.identity) : null;
  // A sealed copy from a stick is read as the journal; its exports.jsonl goes beside it.
  const copy = await stat(args.dataDir).then(
    (info) => info.isFile(),
    () => false,
  );
  const result = await exportSignups({
    identities,
    withoutKey: 'refuse',
    dataDir: copy ? dirname(args.dataDir) : args.dataDir,
    ...(copy ? { journal: args.dataDir } : {}),
    preset: args.preset,
    since: args.sinceLast ? 'last' : 'everything',
    folder: isFolder ? args.out : dirname(args.out),
    ...(isFolder ? {} : { fileName: basename(args.out) }),
  });
  const label = PRESETS[args.preset].label;
  const since = result.after ? ` since the last export (${result.after.at})` : '';
  console.log(`Wrote ${result.rows} signup(s)${since} to ${result.file} (${label}).`);
  if (!isFolder && result.file !== args.out) {
    console.log(
      `(${basename(args.out)} was already there, so the new file got another name; nothing was overwritten.)`,
    );
  }
  for (const note of result.notes) console.log(note);
}

main().catch((error: unknown) => {
  // Messages for volunteers, never a stack trace.
  const message =
    error instanceof ExportError || error instanceof IdentityError
      ? error.message
      : `The export failed: ${String((error as Error)?.message ?? error)}`;
  console.error(message);
  process.exitCode = 1;
});
