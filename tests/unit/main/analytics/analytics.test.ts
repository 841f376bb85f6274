import { parse } from 'csv-parse/sync';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnalytics } from '../../../../main/analytics/analytics';
import { summarize } from '../../../../main/analytics/counts';
import { exportAnalytics } from '../../../../main/analytics/export-csv';
import { tempDir } from '../staff/fixtures';

let data: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (data = await tempDir('kiosk-analytics-')));
afterEach(() => data.remove());

/** A clock set to local times of one day, moved by the test. */
function at(time: string) {
  const clock = { now: new Date(`2026-11-29T${time}`) };
  return { clock, now: () => clock.now };
}

describe('visit counts', () => {
  it('are counted per day, hour and language, and per question', async () => {
    const { clock, now } = at('10:15:00');
    const analytics = await createAnalytics({ dataDir: data.dir, log: () => {}, now });
    analytics.record({ event: 'wake', lang: 'en' });
    analytics.record({ event: 'question-open', lang: 'en', question: 'who-is-afscme', firstInVisit: true });
    analytics.record({ event: 'question-open', lang: 'en', question: 'who-is-afscme', firstInVisit: false });
    analytics.record({ event: 'wake', lang: 'es' });
    clock.now = new Date('2026-11-29T11:40:00');
    analytics.record({ event: 'wake', lang: 'en' });
    analytics.record({ event: 'signup-started', lang: 'en' });
    analytics.record({ event: 'signup-completed', lang: 'en', afterAnswer: true });
    expect(analytics.rows()).toEqual([
      { day: '2026-11-29', hour: 10, lang: 'en', event: 'wake', count: 1 },
      {
        day: '2026-11-29',
        hour: 10,
        lang: 'en',
        event: 'question-open',
        question: 'who-is-afscme',
        count: 2,
      },
      { day: '2026-11-29', hour: 10, lang: 'en', event: 'visit-read-answer', count: 1 },
      { day: '2026-11-29', hour: 10, lang: 'es', event: 'wake', count: 1 },
      { day: '2026-11-29', hour: 11, lang: 'en', event: 'wake', count: 1 },
      { day: '2026-11-29', hour: 11, lang: 'en', event: 'signup-started', count: 1 },
      { day: '2026-11-29', hour: 11, lang: 'en', event: 'signup-completed', count: 1 },
      { day: '2026-11-29', hour: 11, lang: 'en', event: 'signup-after-answer', count: 1 },
    ]);
  });

  it('are kept in analytics.jsonl (counts, not a trail of events), privately, and read back at start', async () => {
    const { now } = at('10:15:00');
    const analytics = await createAnalytics({ dataDir: data.dir, log: () => {}, now });
    for (let i = 0; i < 3; i++) analytics.record({ event: 'idle-reset', lang: 'en' });
    await analytics.close();
    const file = join(data.dir, 'analytics.jsonl');
    expect(await readFile(file, 'utf8')).toBe(
      '{"day":"2026-11-29","hour":10,"lang":"en","event":"idle-reset","count":3}\n',
    );
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(data.dir)).toEqual(['analytics.jsonl']);

    const again = await createAnalytics({ dataDir: data.dir, log: () => {}, now });
    again.record({ event: 'idle-reset', lang: 'en' });
    expect(again.rows()).toEqual([
      { day: '2026-11-29', hour: 10, lang: 'en', event: 'idle-reset', count: 4 },
    ]);
  });

  it('skip a line of the file that is not a count, whatever it holds', async () => {
    await writeFile(
      join(data.dir, 'analytics.jsonl'),
      [
        '{"day":"2026-11-29","hour":9,"lang":"en","event":"wake","count":2}',
        '{"day":"2026-11-29","hour":9,"lang":"en","event":"wake","count":1,"email":"a@b.org"}',
        '{"day":"2026-11-29","hour":9,"lang":"en","event":"typed","count":1}',
        '{"day":"2026-11',
      ].join('\n'),
    );
    const lines: string[] = [];
    const analytics = await createAnalytics({ dataDir: data.dir, log: (line) => lines.push(line) });
    expect(analytics.rows()).toEqual([{ day: '2026-11-29', hour: 9, lang: 'en', event: 'wake', count: 2 }]);
    expect(lines).toEqual([expect.stringContaining('skipped 3 line(s)')]);
  });

  it('give the dashboard the most-read questions and the answer-to-signup share', () => {
    const row = (event: string, count: number, extra: object = {}, day = '2026-11-29') =>
      ({ day, hour: 10, lang: 'en', event, count, ...extra }) as Parameters<typeof summarize>[0][number];
    const summary = summarize(
      [
        row('question-open', 5, { question: 'pay' }),
        row('question-open', 9, { question: 'caseloads' }, '2026-11-28'),
        row('question-open', 2, { question: 'caseloads' }),
        row('question-open', 1, { question: 'afscme' }),
        row('visit-read-answer', 8),
        row('visit-read-answer', 2, {}, '2026-11-28'),
        row('signup-after-answer', 2),
        row('wake', 20),
      ],
      '2026-11-29',
      2,
    );
    expect(summary.topQuestions).toEqual([
      { id: 'pay', today: 5, total: 5 },
      { id: 'caseloads', today: 2, total: 11 },
    ]);
    expect(summary.answerToSignup).toEqual({
      today: { readers: 8, signedUp: 2 },
      total: { readers: 10, signedUp: 2 },
    });
    expect(summary.visits.wakeUps).toBe(20);
  });

  it('export as CSV with the exports’ own writer, never replacing a file', async () => {
    const { now } = at('10:15:00');
    const analytics = await createAnalytics({ dataDir: data.dir, log: () => {}, now });
    analytics.record({ event: 'question-open', lang: 'es', question: 'who-is-afscme', firstInVisit: false });
    const first = await exportAnalytics(analytics.rows(), data.dir, now());
    const second = await exportAnalytics(analytics.rows(), data.dir, now());
    expect(first).toMatch(/kiosk-analytics-2026-11-29-1015\.csv$/);
    expect(second).toMatch(/kiosk-analytics-2026-11-29-1015-2\.csv$/);
    const text = await readFile(first, 'utf8');
    expect(text.startsWith('\ufeffday,hour,language,event,question,count\r\n')).toBe(true);
    expect(parse(text, { bom: true, columns: true })).toEqual([
      {
        day: '2026-11-29',
        hour: '10:00',
        language: 'es',
        event: 'question-open',
        question: 'who-is-afscme',
        count: '1',
      },
    ]);
  });
});
