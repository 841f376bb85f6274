import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { makePrivateDir } from '../signups/durable';
import { JOURNAL_NAME } from '../signups/journal';
import { localIsoTime } from '../signups/record';
import type { Identities } from '../signups/identity';
import { isSealedRecord } from '../signups/record-line';
import type { JournalRecord, SignupRecord } from '../signups/types';
import { writeFileAtomically, type WriteSteps } from './atomic-write';
import { appendAudit, lastExport, type ExportAudit } from './audit';
import { writeCsv } from './csv-output';
import { dataFolderExports } from './destinations';
import {
  journalLineRecords,
  journalRecords,
  newTally,
  type JournalTally,
  type Mark,
} from './journal-records';
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
   * The organizers' keys, to open sealed signups. The kiosk itself never holds them: see
   * `withoutKey` for what happens to sealed signups without them.
   */
  identities?: Identities | null;
  /**
   * When sealed signups are to be exported and no identities are given: `refuse` (the default,
   * the organizers' terminal: nothing is written, the error says to give `--identity FILE`), or
   * `sealed-copy` (the kiosk's staff mode): every signup is copied as it is, still sealed, into a
   * `.jsonl` file that the organizers open at home.
   */
  withoutKey?: 'refuse' | 'sealed-copy';
  /** The journal to read; `<dataDir>/signups.jsonl` by default (a sealed copy, at home). */
  journal?: string;
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
  /** Sealed signups left out: the identities given did not open them. */
  unreadable: number;
  /** Sealed signups copied still sealed (`withoutKey: 'sealed-copy'`), in a `.jsonl` file; else 0. */
  sealedCopied: number;
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

function unreadableNotes(unreadable: Unreadable[]): string[] {
  if (unreadable.length === 0) return [];
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
  const journal = options.journal ?? join(dataDir, JOURNAL_NAME);
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
  if (!identities) {
    const sealed = await countSealed(journal, after);
    if (sealed > 0 && options.withoutKey === 'sealed-copy') {
      return copySealed(options, journal, after, sealed);
    }
    if (sealed > 0) {
      throw new ExportError(
        `${sealed} signup(s) in ${journal} are sealed, and only the organizers' identity file opens them: give it with --identity FILE (the file npm run keys made), e.g. npm run export -- --data-dir DIR --out FILE --identity FILE. Nothing was written.`,
        'sealed',
      );
    }
  }
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
      throw readFailed(journal, error);
    }
  }

  await makeExportsFolder(dataDir, folder);
  const file = await writeFileAtomically(
    folder,
    options.fileName ?? defaultFileName(presetName, now()),
    (out) => writeCsv(out, preset.headers, selected()),
    options.steps,
  );
  const notes = [...notesOf(tally, leftOut, options, after), ...unreadableNotes(unreadable)];
  await audit(options, { file, rows, leftOut, last: mark.last, after }, notes);
  return {
    file,
    rows,
    leftOut,
    unreadable: unreadable.length,
    sealedCopied: 0,
    damagedLines: tally.badLines,
    after,
    notes,
  };
}

const readFailed = (journal: string, error: unknown) =>
  new ExportError(
    `The signups file ${journal} could not be read to the end (${errorCode(error) || 'unknown error'}): nothing was exported.`,
    'read',
  );

/** How many of the signups an export would take are sealed. */
async function countSealed(journal: string, after: Mark | null): Promise<number> {
  let sealed = 0;
  try {
    for await (const record of journalRecords(journal, after, newTally())) {
      if (isSealedRecord(record)) sealed++;
    }
  } catch (error) {
    throw readFailed(journal, error);
  }
  return sealed;
}

// Only the data folder's own exports/ is made on demand: making a missing stick's folder
// would write onto the kiosk's own disk, under the path where the stick used to be.
async function makeExportsFolder(dataDir: string, folder: string): Promise<void> {
  const exportsFolder = dataFolderExports(dataDir).path;
  if (resolve(folder) !== resolve(exportsFolder)) return;
  await makePrivateDir(exportsFolder).catch((error: unknown) => {
    throw new ExportError(explainWriteError(error, exportsFolder, false), errorCode(error) || 'UNKNOWN');
  });
}

/** Notes the export in `<data-dir>/exports.jsonl`; a failure to is said in `notes`, not thrown. */
async function audit(
  options: ExportOptions,
  done: {
    file: string;
    rows: number;
    leftOut: number;
    last: Pick<JournalRecord, 'id' | 'savedAt'> | null;
    after: ExportAudit | null;
  },
  notes: string[],
): Promise<void> {
  const { dataDir, preset, since, now = () => new Date() } = options;
  const { file, rows, leftOut, last, after } = done;
  try {
    await appendAudit(dataDir, {
      at: localIsoTime(now()),
      preset,
      since,
      rows,
      leftOut,
      destination: file,
      lastRecordId: last?.id ?? after?.lastRecordId ?? null,
      lastSavedAt: last?.savedAt ?? after?.lastSavedAt ?? null,
    });
  } catch (error) {
    notes.push(
      `The file was written, but the export could not be noted in ${join(dataDir, 'exports.jsonl')} (${errorCode(error) || 'unknown error'}): the next "since the last export" will include these signups again.`,
    );
  }
}

/** `signups-all-2026-11-29-1530.csv` becomes `sealed-signups-all-2026-11-29-1530.jsonl`. */
const sealedCopyName = (name: string) =>
  `${name.startsWith('signups-') ? 'sealed-' : ''}${name.replace(/\.csv$/i, '')}.jsonl`;

/**
 * The kiosk's export when signups are sealed and it has no key (it never has): every signup the
 * export would take is copied, line for line and byte for byte, still sealed, into a `.jsonl`
 * file, written and noted like a CSV. The organizers open it at home with their identity file.
 */
async function copySealed(
  options: ExportOptions,
  journal: string,
  after: ExportAudit | null,
  sealed: number,
): Promise<ExportResult> {
  const { dataDir, preset, folder, now = () => new Date() } = options;
  const tally = newTally();
  let rows = 0;
  let last: JournalRecord | null = null;
  const produce = async (out: Writable) => {
    await pipeline(async function* () {
      try {
        for await (const { record, bytes } of journalLineRecords(journal, after, tally)) {
          rows++;
          last = record;
          yield Buffer.concat([bytes, Buffer.from('\n')]);
        }
      } catch (error) {
        throw readFailed(journal, error);
      }
    }, out);
  };
  await makeExportsFolder(dataDir, folder);
  const file = await writeFileAtomically(
    folder,
    sealedCopyName(options.fileName ?? defaultFileName(preset, now())),
    produce,
    options.steps,
  );
  const clear = rows - sealed;
  const notes = [
    `This file is sealed: the kiosk cannot open its ${sealed} sealed signup(s), so it copied them as they are. Open it on the organizers' computer, with their identity file: npm run export -- --data-dir ${file.split(/[\\/]/).pop()} --identity FILE --out signups.csv --preset ${preset}.`,
    ...(clear > 0 ? [`It also holds ${clear} signup(s) saved in clear, before sealing began.`] : []),
    ...notesOf(tally, 0, options, after),
  ];
  await audit(options, { file, rows, leftOut: 0, last, after }, notes);
  return {
    file,
    rows,
    leftOut: 0,
    unreadable: 0,
    sealedCopied: sealed,
    damagedLines: tally.badLines,
    after,
    notes,
  };
}
