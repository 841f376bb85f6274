import { constants } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from '../signups/durable';
import type { PresetName } from './presets';
import { errorCode } from './write-errors';

/** The audit file's name inside the data folder: one line per export. */
export const AUDIT_NAME = 'exports.jsonl';

/** One line of `<data-dir>/exports.jsonl`: when, what, how many, where, and how far it read. */
export interface ExportAudit {
  /** When the export finished, ISO 8601 in the kiosk's local time. */
  at: string;
  preset: PresetName;
  /** `everything`, or `last` for "since the last export" (of the same preset). */
  since: 'everything' | 'last';
  /** Rows written (people). */
  rows: number;
  /** Signups read but not in this preset (no consent for its channels). */
  leftOut: number;
  /** The file written. */
  destination: string;
  /** The last signup read from the journal: where the next "since the last export" starts. */
  lastRecordId: string | null;
  lastSavedAt: string | null;
}

const isAudit = (value: unknown): value is ExportAudit =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ExportAudit).at === 'string' &&
  typeof (value as ExportAudit).preset === 'string';

/**
 * The audit lines, oldest first. A missing file is no export yet; a line that is not an audit
 * line (hand edit, torn write) is skipped. The file holds one short line per export, so it is
 * read whole.
 */
export async function readAudit(dataDir: string): Promise<ExportAudit[]> {
  let text: string;
  try {
    text = await readFile(join(dataDir, AUDIT_NAME), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const entries: ExportAudit[] = [];
  for (const line of text.split('\n')) {
    try {
      const value: unknown = JSON.parse(line);
      if (isAudit(value)) entries.push(value);
    } catch {
      // not an audit line: skipped
    }
  }
  return entries;
}

/** The latest export, of `preset` if given: what the dashboard shows and where "since last" starts. */
export async function lastExport(dataDir: string, preset?: PresetName): Promise<ExportAudit | null> {
  const entries = await readAudit(dataDir);
  return entries.findLast((entry) => preset === undefined || entry.preset === preset) ?? null;
}

/** Appends one audit line, flushed to disk; the file is created private (0600). */
export async function appendAudit(dataDir: string, entry: ExportAudit): Promise<void> {
  const file = join(dataDir, AUDIT_NAME);
  let created = true;
  const flags = constants.O_RDWR | constants.O_APPEND;
  const handle = await open(file, flags | constants.O_CREAT | constants.O_EXCL, 0o600).catch((error) => {
    if (errorCode(error) !== 'EEXIST') throw error;
    created = false;
    return open(file, flags);
  });
  try {
    // A line cut short by a crash would fuse with the next one: start on a fresh line.
    const { size } = await handle.stat();
    const lastByte = Buffer.alloc(1);
    if (size > 0) await handle.read(lastByte, 0, 1, size - 1);
    const fresh = size > 0 && lastByte[0] !== 0x0a ? '\n' : '';
    await handle.writeFile(`${fresh}${JSON.stringify(entry)}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (created) await fsyncDir(dataDir);
}
