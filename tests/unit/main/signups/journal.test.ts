import { chmod, mkdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal, type Journal } from '../../../../main/signups/journal';
import { readJournal } from '../../../../main/signups/read-journal';
import { journalLines, journalRecords, sampleRecord, tempFolder } from './fixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let dataDir: string;
let journal: Journal | undefined;
const mode = async (path: string) => (await stat(path)).mode & 0o777;

beforeEach(async () => {
  folder = await tempFolder();
  dataDir = join(folder.dir, 'kiosk-data');
});
afterEach(async () => {
  await journal?.close();
  journal = undefined;
  await folder.remove();
});

describe('journal', () => {
  it('keeps signups private: folder 0700, file 0600', async () => {
    journal = await openJournal(dataDir);
    expect(await mode(dataDir)).toBe(0o700);
    expect(await mode(join(dataDir, 'signups.jsonl'))).toBe(0o600);
  });

  it('leaves the mode of a data folder it did not make alone', async () => {
    await mkdir(dataDir);
    await chmod(dataDir, 0o750);
    journal = await openJournal(dataDir);
    expect(await mode(dataDir)).toBe(0o750);
  });

  it('writes one whole line per record, even for many appends at once', async () => {
    journal = await openJournal(dataDir);
    const records = Array.from({ length: 200 }, (_, n) => sampleRecord(n));
    await Promise.all(records.map((record) => journal!.append(record)));
    const lines = await journalLines(dataDir);
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(records.map((r) => r.id));
    expect(journal.count()).toBe(200);
  });

  it('appends after the records of an earlier run', async () => {
    journal = await openJournal(dataDir);
    await journal.append(sampleRecord(1));
    await journal.close();
    journal = await openJournal(dataDir);
    await journal.append(sampleRecord(2));
    expect(journal.count()).toBe(2);
    expect((await journalRecords(dataDir)).map((r) => r.fields.firstName)).toEqual(['Visitor1', 'Visitor2']);
  });

  it('starts a new file when the journal is deleted while the kiosk runs, rather than writing into the void', async () => {
    journal = await openJournal(dataDir);
    await journal.append(sampleRecord(1));
    await rm(join(dataDir, 'signups.jsonl'));
    await journal.append(sampleRecord(2));
    expect((await journalRecords(dataDir)).map((r) => r.fields.firstName)).toEqual(['Visitor2']);
    expect(journal.count()).toBe(1);
  });

  it('follows a journal replaced while the kiosk runs, and counts what the new one holds', async () => {
    journal = await openJournal(dataDir);
    await journal.append(sampleRecord(1));
    const other = join(folder.dir, 'other.jsonl');
    await writeFile(other, [2, 3].map((n) => `${JSON.stringify(sampleRecord(n))}\n`).join(''));
    await rename(other, join(dataDir, 'signups.jsonl'));
    await journal.append(sampleRecord(4));
    expect((await journalRecords(dataDir)).map((r) => r.fields.firstName)).toEqual([
      'Visitor2',
      'Visitor3',
      'Visitor4',
    ]);
    expect(journal.count()).toBe(3);
  });

  it('refuses a journal that is a link to /dev/null, which would swallow every signup', async () => {
    await mkdir(dataDir, { mode: 0o700 });
    await symlink('/dev/null', join(dataDir, 'signups.jsonl'));
    await expect(openJournal(dataDir)).rejects.toThrow(/not a regular file/);
  });

  it('refuses appends after close', async () => {
    journal = await openJournal(dataDir);
    await journal.close();
    await expect(journal.append(sampleRecord(1))).rejects.toThrow(/closed/);
  });

  it('reads back through readJournal: records in order, bad lines with their byte offset', async () => {
    await mkdir(dataDir);
    const [one, two] = [sampleRecord(1), sampleRecord(2)];
    const first = `${JSON.stringify(one)}\n`;
    await writeFile(
      join(dataDir, 'signups.jsonl'),
      `${first}not json\n${JSON.stringify(two)}\n{"v":1,"id":"x`,
    );
    const entries = [];
    for await (const entry of readJournal(join(dataDir, 'signups.jsonl'))) entries.push(entry);
    expect(entries).toEqual([
      { record: one, offset: 0 },
      { bad: 'not json', offset: Buffer.byteLength(first), torn: false },
      { record: two, offset: Buffer.byteLength(first) + 9 },
      {
        bad: '{"v":1,"id":"x',
        offset: Buffer.byteLength(first) + 9 + Buffer.byteLength(JSON.stringify(two)) + 1,
        torn: true,
      },
    ]);
    expect(await readFile(join(dataDir, 'signups.jsonl'), 'utf8')).toContain('not json');
  });
});
