import { writeFileAtomically } from '../export/atomic-write';
import { writeCsv } from '../export/csv-output';
import type { CountRow } from './counts';

/** The columns of an analytics export. */
export const ANALYTICS_HEADERS = ['day', 'hour', 'language', 'event', 'question', 'count'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** `kiosk-analytics-2026-11-29-1530.csv`, in the kiosk's local time. */
export function analyticsFileName(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `kiosk-analytics-${day}-${pad(date.getHours())}${pad(date.getMinutes())}.csv`;
}

async function* cells(rows: readonly CountRow[]): AsyncGenerator<string[]> {
  for (const row of rows) {
    yield [row.day, `${pad(row.hour)}:00`, row.lang, row.event, row.question ?? '', String(row.count)];
  }
}

/**
 * Writes the visit counts as a CSV file into `folder` with the exports' own writer: the same
 * RFC 4180 format, byte-order mark and formula guard, and the same whole-or-nothing write that
 * never replaces a file. Resolves with the file written; rejects with an ExportError.
 */
export async function exportAnalytics(
  rows: readonly CountRow[],
  folder: string,
  now: Date = new Date(),
): Promise<string> {
  return writeFileAtomically(folder, analyticsFileName(now), (out) =>
    writeCsv(out, ANALYTICS_HEADERS, cells(rows)),
  );
}
