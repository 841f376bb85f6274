import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { replaceFile } from '../replace-file';
import { localDay } from '../staff/signup-counts';
import { Counts, type CountRow } from './counts';
import { COUNTED, type AnalyticsEvent } from './event-schema';

/** The analytics file's name inside the data folder. */
export const ANALYTICS_NAME = 'analytics.jsonl';

/** Visit counts without personal data: what the renderer reports, counted per day, hour and language. */
export interface Analytics {
  /** Counts one event at main's clock (never the renderer's). */
  record(event: AnalyticsEvent): void;
  rows(): CountRow[];
  /** Writes the counts now; they are otherwise written a moment after the last event. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** What createAnalytics needs; `now` and `flushMs` are seams for tests. */
export interface AnalyticsOptions {
  dataDir: string;
  log: (line: string) => void;
  now?: () => Date;
  flushMs?: number;
}

// A line of the file: the same shape the counts have, checked on the way in so a hand edit or a
// torn line is skipped rather than trusted.
const rowSchema = z
  .object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    hour: z.number().int().min(0).max(23),
    lang: z.string().max(35),
    event: z.enum(COUNTED),
    question: z.string().max(80).optional(),
    count: z.number().int().min(1),
  })
  .strict();

async function readRows(file: string, log: (line: string) => void): Promise<CountRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      log(`analytics: cannot read ${file}: ${String(error)}`);
    return [];
  }
  const rows: CountRow[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      rows.push(rowSchema.parse(JSON.parse(line)));
    } catch {
      skipped++;
    }
  }
  if (skipped) log(`analytics: skipped ${skipped} line(s) of ${file} that are not counts`);
  return rows;
}

/**
 * Keeps the kiosk's visit counts in `<dataDir>/analytics.jsonl`: one line per day, hour, language,
 * event (and question), with its count. The file holds counts, never a sequence of events, so it
 * cannot be lined up with the signups to tell what one visitor read. It is rewritten whole and
 * atomically a moment after events stop (a crash loses at most that moment), and on close.
 */
export async function createAnalytics({
  dataDir,
  log,
  now = () => new Date(),
  flushMs = 2000,
}: AnalyticsOptions): Promise<Analytics> {
  const file = join(dataDir, ANALYTICS_NAME);
  const counts = new Counts();
  for (const row of await readRows(file, log)) counts.add(row, row.count);
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    writing = writing.then(async () => {
      if (!dirty) return;
      dirty = false;
      const text = counts
        .rows()
        .map((row) => JSON.stringify(row))
        .join('\n');
      try {
        await replaceFile(file, text ? `${text}\n` : '');
      } catch (error) {
        dirty = true; // tried again with the next event
        log(`analytics: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    });
    return writing;
  };

  return {
    record(event) {
      const at = now();
      counts.record(event, { day: localDay(at), hour: at.getHours(), lang: event.lang });
      dirty = true;
      if (timer === undefined) {
        timer = setTimeout(() => void flush(), flushMs); // flush() logs its own failures
        timer.unref?.();
      }
    },
    rows: () => counts.rows(),
    flush,
    close: flush,
  };
}
