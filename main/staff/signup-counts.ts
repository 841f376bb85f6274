import { join } from 'node:path';
import { journalRecords, newTally } from '../export/journal-records';
import { JOURNAL_NAME } from '../signups/journal';

/** Signups today and in all, and today's per hour (0 to 23, the kiosk's local time). */
export interface SignupCounts {
  today: number;
  total: number;
  byHourToday: number[];
}

/** `YYYY-MM-DD` of `date` in the kiosk's local time, as a record's `savedAt` begins. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Counts the journal's signups, streaming, each once (a retried save is one signup). Only the
 * clear `savedAt` is read, which sealed signups keep too: counting never opens a signup.
 */
export async function countSignups(dataDir: string, today: string): Promise<SignupCounts> {
  const counts: SignupCounts = { today: 0, total: 0, byHourToday: new Array<number>(24).fill(0) };
  try {
    for await (const record of journalRecords(join(dataDir, JOURNAL_NAME), null, newTally())) {
      counts.total++;
      // savedAt is written in the kiosk's local time (2026-11-29T16:53:56.123-05:00).
      if (!record.savedAt.startsWith(today)) continue;
      counts.today++;
      const hour = Number(record.savedAt.slice(11, 13));
      if (hour >= 0 && hour < 24) counts.byHourToday[hour]!++;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return counts;
}
