import { parse } from 'csv-parse/sync';
import { appendFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastExport, readAudit } from '../../../../main/export/audit';
import { defaultFileName, exportSignups, type ExportOptions } from '../../../../main/export/export-signups';
import { dataDir, journalText, record } from './fixtures';

let folders: { remove: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(folders.map((f) => f.remove()));
  folders = [];
});

async function kiosk(text: Parameters<typeof dataDir>[0]) {
  const data = await dataDir(text);
  folders.push(data);
  return data.dir;
}

const at = (iso: string) => () => new Date(iso);
const firstNames = async (file: string) =>
  parse<Record<string, string>>(await readFile(file), { bom: true, columns: true }).map((r) => r.first_name);

const run = (dir: string, options: Partial<ExportOptions> = {}) =>
  exportSignups({ dataDir: dir, preset: 'action-network', since: 'everything', folder: dir, ...options });

describe('since the last export', () => {
  it('exports only the signups saved after the previous export of the same preset', async () => {
    const dir = await kiosk([record(1), record(2)]);
    const first = await run(dir, { since: 'last', now: at('2026-11-29T12:00:00') });
    expect(first).toMatchObject({ rows: 2, after: null });
    expect(first.notes).toContain('There was no earlier Action Network export: this one holds every signup.');

    await appendFile(join(dir, 'signups.jsonl'), journalText([record(3), record(4)]));
    const second = await run(dir, { since: 'last', now: at('2026-11-29T13:00:00') });
    expect(second.rows).toBe(2);
    expect(second.after?.destination).toBe(first.file);
    expect(await firstNames(second.file)).toEqual(['Visitor3', 'Visitor4']);

    // Nothing new: an empty file (header only) and a note-free result.
    const third = await run(dir, { since: 'last', now: at('2026-11-29T14:00:00') });
    expect(third.rows).toBe(0);
    expect(await firstNames(third.file)).toEqual([]);

    // Another preset keeps its own place; "everything" reads it all again.
    expect(
      (await run(dir, { preset: 'mailchimp', since: 'last', now: at('2026-11-29T14:01:00') })).rows,
    ).toBe(4);
    expect((await run(dir, { now: at('2026-11-29T14:02:00') })).rows).toBe(4);
  });

  it('writes one private audit line per export: when, preset, rows, where, and its mark', async () => {
    const dir = await kiosk([record(1), record(2, { consent: {} })]);
    const result = await run(dir, { now: at('2026-11-29T15:30:00') });
    const audit = await readAudit(dir);
    expect(audit).toEqual([
      {
        at: expect.stringMatching(/^2026-11-29T15:30:00\.000[+-]\d\d:\d\d$/),
        preset: 'action-network',
        since: 'everything',
        rows: 1,
        leftOut: 1,
        destination: result.file,
        lastRecordId: record(2).id,
        lastSavedAt: record(2).savedAt,
      },
    ]);
    expect((await stat(join(dir, 'exports.jsonl'))).mode & 0o777).toBe(0o600);
    expect(await lastExport(dir)).toEqual(audit[0]);
    expect(await lastExport(dir, 'mailchimp')).toBeNull();
  });

  it('finds its place by time when the last exported signup is no longer in the journal', async () => {
    const dir = await kiosk([record(1), record(2)]);
    await run(dir, { now: at('2026-11-29T12:00:00') });
    // The journal was replaced by one from before, plus newer signups.
    await writeFile(join(dir, 'signups.jsonl'), journalText([record(1), record(5), record(6)]));
    const result = await run(dir, { since: 'last', now: at('2026-11-29T13:00:00') });
    expect(await firstNames(result.file)).toEqual(['Visitor5', 'Visitor6']);
    expect(result.notes.join(' ')).toContain('is no longer in the signups file');
  });

  it('keeps going past an audit file with damaged lines', async () => {
    const dir = await kiosk([record(1)]);
    await run(dir, { now: at('2026-11-29T12:00:00') });
    await appendFile(join(dir, 'exports.jsonl'), 'not json\n{"at":');
    await appendFile(join(dir, 'signups.jsonl'), journalText([record(2)]));
    const result = await run(dir, { since: 'last', now: at('2026-11-29T13:00:00') });
    expect(await firstNames(result.file)).toEqual(['Visitor2']);
    const lines = (await readFile(join(dir, 'exports.jsonl'), 'utf8')).split('\n');
    expect(JSON.parse(lines.at(-2)!)).toMatchObject({ rows: 1, since: 'last' });
  });
});

describe('reading the journal', () => {
  it('skips and counts damaged lines, and a torn last line, without failing', async () => {
    const text = `${journalText([record(1)])}not json\n{"v":1}\n${journalText([record(2)])}{"v":1,"id":"x","sav`;
    const dir = await kiosk(text);
    const result = await run(dir);
    expect(result.rows).toBe(2);
    expect(result.notes).toContain('3 damaged or unfinished line(s) in the signups file were skipped.');
    expect(result.damagedLines).toBe(3);
  });

  it('exports a signup saved twice by a retry once', async () => {
    const retried = { ...record(2), savedAt: '2026-11-29T15:00:09.500-05:00' };
    const dir = await kiosk([record(1), record(2), retried, record(3)]);
    expect(await firstNames((await run(dir)).file)).toEqual(['Visitor1', 'Visitor2', 'Visitor3']);
  });

  it('says plainly when the data folder holds no journal', async () => {
    const dir = await kiosk([]);
    await expect(run(join(dir, 'elsewhere'), { folder: dir })).rejects.toThrow(
      /There are no signups in .*elsewhere yet \(no signups\.jsonl\): check the data folder\./,
    );
  });
});

describe('file names', () => {
  it('names the file by preset and local time, and never overwrites: -2, -3, ...', async () => {
    const dir = await kiosk([record(1)]);
    const now = at('2026-11-29T15:30:00');
    expect(defaultFileName('action-network', now())).toBe('signups-action-network-2026-11-29-1530.csv');
    await writeFile(join(dir, 'signups-action-network-2026-11-29-1530.csv'), 'keep me');
    const second = await run(dir, { now });
    const third = await run(dir, { now });
    expect([second.file, third.file]).toEqual([
      join(dir, 'signups-action-network-2026-11-29-1530-2.csv'),
      join(dir, 'signups-action-network-2026-11-29-1530-3.csv'),
    ]);
    expect(await readFile(join(dir, 'signups-action-network-2026-11-29-1530.csv'), 'utf8')).toBe('keep me');
    expect((await readdir(dir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it("makes the data folder's exports/ when that is the destination, private", async () => {
    const dir = await kiosk([record(1)]);
    const result = await run(dir, { folder: join(dir, 'exports') });
    expect(result.file.startsWith(join(dir, 'exports'))).toBe(true);
    expect((await stat(join(dir, 'exports'))).mode & 0o777).toBe(0o700);
    expect((await stat(result.file)).mode & 0o777).toBe(0o600);
  });
});
