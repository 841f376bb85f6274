import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makePrivateDir } from '../signups/durable';
import { JOURNAL_NAME } from '../signups/journal';
import { localIsoTime } from '../signups/record';
import type { Identities } from '../signups/identity';
import type { SignupRecord } from '../signups/types';
import { writeFileAtomically, type WriteSteps } from './atomic-write';
import { appendAudit, lastExport, type ExportAudit } from './audit';
import { writeCsv } from './csv-output';
import { dataFolderExports } from './destinations';
import { journalRecords, newTally, type JournalTally } from './journal-records';
import { openRecord, type Unreadable } from './open-records';
import { PRESETS, type PresetName } from './presets';
import { errorCode, explainWriteError, ExportError } from './write-errors';

/** What to export, and where. */
export interface ExportOptions {
  /** The kiosk's data folder, holding `signups.jsonl` and `exports.jsonl`. */
  dataDir: string;
  preset: PresetName;
  /** Every signup, or those after the last export of the same preset. */
  since: 'everything' | 'last';
  /** The folder to write into: a USB stick, `<data-dir>/exports/`, or one the save dialog chose. */
  folder: string;
  /**
   * The organizers' keys, to open sealed signups; without them sealed signups are left out
   * (counted in `unreadable`). The kiosk itself never holds them.
   */
  identities?: Identities | null;
  /** The file's name; by default `signups-<preset>-YYYY-MM-DD-HHMM.csv`. Never replaces a file. */
  fileName?: string;
  now?: () => Date;
  /** Test seams only. */
  steps?: WriteSteps;
}

/** What an export did, for the staff screen and the terminal. */
export interface ExportResult {
  /** The file written (its name may have gained `-2`, ... when the first was taken). */
  file: string;
  /** Rows written: people in the file. */
  rows: number;
  /** Signups read but left out of this preset (no consent for its channels). */
  leftOut: number;
  /** Sealed signups left out: no identities given, or they did not open. */
  unreadable: number;
  /** Lines of the journal that are not signups (damaged, or a save cut short): skipped. */
  damagedLines: number;
  /** The export this one continued from, for "since the last export"; null otherwise. */
  after: ExportAudit | null;
  /** Things staff should know though the export worked, in plain words. */
  notes: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The default file name: `signups-action-network-2026-11-29-1530.csv`, in the kiosk's local time. */
export function defaultFileName(preset: PresetName, date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `signups-${preset}-${day}-${pad(date.getHours())}${pad(date.getMinutes())}.csv`;
}

// Each unreadable signup is named in the notes up to this many; past it, only counted.
const NAMED = 3;

function unreadableNotes(unreadable: Unreadable[], opened: boolean): string[] {
  if (unreadable.length === 0) return [];
  if (!opened) {
    return [
      `${unreadable.length} signup(s) are sealed and were not exported: export them where the organizers' identity file is (npm run export -- ... --identity FILE).`,
    ];
  }
  const named = unreadable.slice(0, NAMED).map((u) => u.why);
  const more = unreadable.length > NAMED ? [`...and ${unreadable.length - NAMED} more.`] : [];
  return [
    `${unreadable.length} sealed signup(s) could not be opened and were not exported:`,
    ...named,
    ...more,
  ];
}

function notesOf(
  tally: JournalTally,
  leftOut: number,
  options: ExportOptions,
  after: ExportAudit | null,
): string[] {
  const { preset, since } = options;
  const notes: string[] = [];
  if (since === 'last' && !after) {
    notes.push(`There was no earlier ${PRESETS[preset].label} export: this one holds every signup.`);
  }
  if (leftOut > 0) {
    notes.push(
      `${leftOut} signup(s) left out: no consent to ${preset === 'mailchimp' ? 'email' : 'email or texts'}. They are in the "All fields" export.`,
    );
  }
  if (tally.badLines > 0) {
    notes.push(`${tally.badLines} damaged or unfinished line(s) in the signups file were skipped.`);
  }
  if (tally.sinceBy === 'time' && after) {
    notes.push(
      `The last signup of the previous export (${after.at}) is no longer in the signups file; this export holds the signups saved after ${after.lastSavedAt ?? 'it'}.`,
    );
  }
  return notes;
}

/**
 * Exports the kiosk's signups as a CSV file of one preset into `folder`, streaming from the
 * journal to the file, then appends an audit line to `<data-dir>/exports.jsonl`. The file appears
 * whole or not at all (see writeFileAtomically). Rejects with an ExportError whose message is fit
 * to show staff as it is.
 */
export async function exportSignups(options: ExportOptions): Promise<ExportResult> {
  const { dataDir, preset: presetName, since, folder, now = () => new Date() } = options;
  const preset = PRESETS[presetName];
  const journal = join(dataDir, JOURNAL_NAME);
  await stat(journal).catch((error: unknown) => {
    throw errorCode(error) === 'ENOENT'
      ? new ExportError(
          `There are no signups in ${dataDir} yet (no ${JOURNAL_NAME}): check the data folder.`,
          'no-journal',
        )
      : new ExportError(
          `The signups file ${journal} cannot be read (${errorCode(error) || 'unknown error'}).`,
          'read',
        );
  });
  const after = since === 'last' ? await lastExport(dataDir, presetName).catch(() => null) : null;
  const tally = newTally();
  const identities = options.identities ?? null;
  const unreadable: Unreadable[] = [];
  const mark: { last: SignupRecord | null } = { last: null };
  let rows = 0;
  let leftOut = 0;

  async function* selected(): AsyncGenerator<string[]> {
    try {
      for await (const entry of journalRecords(journal, after, tally)) {
        const record = await openRecord(entry, identities);
        if ('unreadable' in record) {
          unreadable.push(record.unreadable);
          continue;
        }
        // The mark stops before the first signup that could not be read, so a later "since the
        // last export" (with the organizers' key) still takes it.
        if (unreadable.length === 0) mark.last = record;
        const row = preset.row(record);
        if (!row) {
          leftOut++;
          continue;
        }
        rows++;
        yield row;
      }
    } catch (error) {
      throw new ExportError(
        `The signups file ${journal} could not be read to the end (${errorCode(error) || 'unknown error'}): nothing was exported.`,
        'read',
      );
    }
  }

  // Only the data folder's own exports/ is made on demand: making a missing stick's folder
  // would write onto the kiosk's own disk, under the path where the stick used to be.
  const exportsFolder = dataFolderExports(dataDir).path;
  if (resolve(folder) === resolve(exportsFolder)) {
    await makePrivateDir(exportsFolder).catch((error: unknown) => {
      throw new ExportError(explainWriteError(error, exportsFolder, false), errorCode(error) || 'UNKNOWN');
    });
  }
  const file = await writeFileAtomically(
    folder,
    options.fileName ?? defaultFileName(presetName, now()),
    (out) => writeCsv(out, preset.headers, selected()),
    options.steps,
  );
  const notes = [
    ...notesOf(tally, leftOut, options, after),
    ...unreadableNotes(unreadable, identities !== null),
  ];
  try {
    await appendAudit(dataDir, {
      at: localIsoTime(now()),
      preset: presetName,
      since,
      rows,
      leftOut,
      destination: file,
      lastRecordId: mark.last?.id ?? after?.lastRecordId ?? null,
      lastSavedAt: mark.last?.savedAt ?? after?.lastSavedAt ?? null,
    });
  } catch (error) {
    notes.push(
      `The file was written, but the export could not be noted in ${join(dataDir, 'exports.jsonl')} (${errorCode(error) || 'unknown error'}): the next "since the last export" will include these signups again.`,
    );
  }
  return { file, rows, leftOut, unreadable: unreadable.length, damagedLines: tally.badLines, after, notes };
}
