import fc from 'fast-check';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../../../main/signups/journal';
import { isRecordLine, looksLikeRecord } from '../../../../main/signups/record-line';
import { buildRecord } from '../../../../main/signups/record';
import { formEn, sampleRecord, tempFolder } from './fixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let dataDir: string;
let journalFile: string;
let recovered: string;

beforeEach(async () => {
  folder = await tempFolder();
  dataDir = join(folder.dir, 'data');
  journalFile = join(dataDir, 'signups.jsonl');
  recovered = join(dataDir, 'recovered');
  await mkdir(dataDir, { mode: 0o700 });
});
afterEach(() => folder.remove());

const line = (n: number) => `${JSON.stringify(sampleRecord(n))}\n`;
const open = async () => {
  const journal = await openJournal(dataDir);
  await journal.close();
  return journal;
};
const keptFiles = async () => (await readdir(recovered).catch(() => [])).sort();

describe('recovery of a torn last line', () => {
  it('cuts the last record at every byte where a crash could stop it, and keeps the fragment aside', async () => {
    const kept = line(1) + line(2);
    // A short record, with letters of two bytes, so some cuts fall inside a character.
    const short = buildRecord(
      { firstName: 'Zoë', lastName: 'Ñu', email: 'z@example.org' },
      {},
      { ...formEn, consent: [] },
      {
        kioskId: 'k',
        event: 'e',
        lang: 'es',
        savedAt: new Date(),
      },
    );
    const last = Buffer.from(`${JSON.stringify(short)}\n`);
    // Every cut that leaves part of the last line: from its first byte to all of it but the line end.
    const tryCut = async (cut: number) => {
      const dir = join(folder.dir, `cut-${cut}`);
      const file = join(dir, 'signups.jsonl');
      await mkdir(dir, { mode: 0o700 });
      await writeFile(file, Buffer.concat([Buffer.from(kept), last.subarray(0, cut)]));
      const journal = await openJournal(dir);
      await journal.close();
      expect(journal.count()).toBe(2);
      expect(journal.recovery.tornAt).toBe(Buffer.byteLength(kept));
      expect(await readFile(file, 'utf8')).toBe(kept);

      expect(journal.recovery.keptAside).toHaveLength(1);
      const [fragment] = journal.recovery.keptAside;
      expect(await readFile(fragment!)).toEqual(last.subarray(0, cut));
      const note = await readFile(fragment!.replace(/\.line$/, '.note.txt'), 'utf8');
      expect(note).toContain(`File: ${file}`);
      expect(note).toContain(`Byte offset: ${Buffer.byteLength(kept)}`);
      expect(note).toMatch(/Found: \d{4}-\d\d-\d\dT/);
      expect(note).toContain('no line end');

      const again = await openJournal(dir);
      await again.close();
      expect(again.recovery).toEqual({ count: 2, tornAt: null, corrupt: 0, keptAside: [] });
      await rm(dir, { recursive: true });
    };
    const cuts = Array.from({ length: last.length - 1 }, (_, n) => n + 1);
    // Several at a time: each waits mostly on fsync.
    for (let n = 0; n < cuts.length; n += 16) await Promise.all(cuts.slice(n, n + 16).map(tryCut));
  }, 60_000);

  it('keeps recovered lines private: folder 0700, files 0600', async () => {
    await writeFile(journalFile, `${line(1)}{"v":1,"id`);
    await open();
    expect((await stat(recovered)).mode & 0o777).toBe(0o700);
    const files = await keptFiles();
    expect(files).toHaveLength(2);
    for (const name of files) expect((await stat(join(recovered, name))).mode & 0o777).toBe(0o600);
  });
});

describe('recovery of corrupt lines in the middle', () => {
  const corrupt = [
    'not json at all',
    '{"v":2,"id":"a","savedAt":"b"}',
    '\0\0\0\0\0\0',
    '{"v":1,"id":"x","savedAt":"y"',
    '[1,2]',
  ];

  it('copies each aside once, leaves the journal as it was, and counts the rest', async () => {
    const content = [line(1), ...corrupt.map((text, n) => `${text}\n${line(n + 2)}`)].join('');
    await writeFile(journalFile, content);
    const first = await open();
    expect(first.recovery).toMatchObject({ count: 6, corrupt: 5, tornAt: null });
    expect(first.recovery.keptAside).toHaveLength(5);
    expect(await readFile(journalFile, 'utf8')).toBe(content);
    const copies = await Promise.all(first.recovery.keptAside.map((path) => readFile(path, 'utf8')));
    expect(copies.sort()).toEqual([...corrupt].sort());
    const notes = (await keptFiles()).filter((name) => name.endsWith('.note.txt'));
    expect(notes).toHaveLength(5);
    expect(await readFile(join(recovered, notes[0]!), 'utf8')).toContain('not a signup record');

    const second = await open();
    expect(second.recovery).toEqual({ count: 6, tornAt: null, corrupt: 5, keptAside: [] });
    expect(await keptFiles()).toHaveLength(10);
  });

  it('still saves new signups after a corrupt line, and counts them', async () => {
    await writeFile(journalFile, `${line(1)}garbage\n`);
    const journal = await openJournal(dataDir);
    await journal.append(sampleRecord(2));
    expect(journal.count()).toBe(2);
    await journal.close();
    expect((await open()).count()).toBe(2);
  });

  it('counts records written by other hands: other key order, spaces, deeper objects', async () => {
    const record = sampleRecord(1);
    const reordered = { fields: record.fields, savedAt: record.savedAt, id: record.id, v: 1 };
    const deep = { ...record, extra: { a: { b: { c: [1] } } } };
    await writeFile(
      journalFile,
      [reordered, deep].map((r) => `${JSON.stringify(r, null, 1).replace(/\n/g, ' ')}\n`).join(''),
    );
    expect((await open()).recovery).toMatchObject({ count: 2, corrupt: 0 });
  });
});

describe('isRecordLine', () => {
  const parsed = (text: string) => {
    try {
      return looksLikeRecord(JSON.parse(text));
    } catch {
      return false;
    }
  };

  it('agrees with JSON.parse on record lines mangled at random', () => {
    const base = JSON.stringify(sampleRecord(1));
    fc.assert(
      fc.property(
        fc.nat({ max: base.length }),
        fc.nat({ max: 20 }),
        fc.string({ unit: 'binary', maxLength: 6 }),
        (at, removed, inserted) => {
          const text = base.slice(0, at) + inserted + base.slice(at + removed);
          expect(isRecordLine(Buffer.from(text))).toBe(parsed(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with JSON.parse on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.uuid(), (value, id) => {
        const record = { v: 1, id, savedAt: 'now', value };
        for (const text of [JSON.stringify(record), JSON.stringify(value)]) {
          expect(isRecordLine(Buffer.from(text))).toBe(parsed(text));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
