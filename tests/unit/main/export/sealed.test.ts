import { parse } from 'csv-parse/sync';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportSignups } from '../../../../main/export/export-signups';
import { mergeSignups } from '../../../../main/export/merge';
import { newIdentity, parseIdentities, type Identities } from '../../../../main/signups/identity';
import { createSealer } from '../../../../main/signups/seal';
import type { JournalRecord, SealedRecord, SignupRecord } from '../../../../main/signups/types';
import { dataDir, journalText, record } from './fixtures';

// Kiosks that seal signups to the organizers' key: the export opens them with that key, and
// without it leaves them out, says so, and keeps them for a later "since the last export".

let organizers: Identities;
let stranger: Identities;
let seal: (record: SignupRecord) => Promise<SealedRecord>;
beforeAll(async () => {
  const key = await newIdentity();
  organizers = parseIdentities(key.file, 'organizers.txt');
  stranger = parseIdentities((await newIdentity()).file, 'stranger.txt');
  const sealer = createSealer([key.recipient]);
  seal = (record) => sealer.seal(record);
});

let folders: { remove: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(folders.map((f) => f.remove()));
  folders = [];
});

async function kiosk(records: JournalRecord[]) {
  const data = await dataDir(records);
  folders.push(data);
  return data.dir;
}
const names = async (file: string) =>
  parse<Record<string, string>>(await readFile(file), { bom: true, columns: true }).map((r) => r.first_name);

describe('sealed signups', () => {
  it('are opened with the organizers’ identities and exported like the others', async () => {
    const dir = await kiosk([record(1), await seal(record(2)), await seal(record(3))]);
    const result = await exportSignups({
      dataDir: dir,
      preset: 'all',
      since: 'everything',
      folder: dir,
      identities: organizers,
    });
    expect(result).toMatchObject({ rows: 3, unreadable: 0 });
    expect(await names(result.file)).toEqual(['Visitor1', 'Visitor2', 'Visitor3']);
  });

  it('are left out without the key, said plainly, and taken by the next "since the last export"', async () => {
    const dir = await kiosk([record(1), await seal(record(2)), record(3)]);
    const options = { dataDir: dir, preset: 'action-network', since: 'last', folder: dir } as const;
    const first = await exportSignups(options);
    expect(first).toMatchObject({ rows: 2, unreadable: 1 });
    expect(first.notes).toContain(
      "1 signup(s) are sealed and were not exported: export them where the organizers' identity file is (npm run export -- ... --identity FILE).",
    );
    await appendFile(join(dir, 'signups.jsonl'), journalText([record(4)]));
    const second = await exportSignups({ ...options, identities: organizers });
    // The mark stopped before the sealed signup: it comes now, with what followed it.
    expect(await names(second.file)).toEqual(['Visitor2', 'Visitor3', 'Visitor4']);
  });

  it('that another key sealed are named in the notes', async () => {
    const dir = await kiosk([await seal(record(2))]);
    const result = await exportSignups({
      dataDir: dir,
      preset: 'all',
      since: 'everything',
      folder: dir,
      identities: stranger,
    });
    expect(result.unreadable).toBe(1);
    expect(result.notes.join('\n')).toContain(
      `Signup ${record(2).id} could not be opened: it was sealed to another key`,
    );
  });

  it('are merged with the key, and reported by file and line without it', async () => {
    const a = await kiosk([record(1), await seal(record(2))]);
    const journal = join(a, 'signups.jsonl');
    const opened = await mergeSignups({ inputs: [journal], out: join(a, 'm.csv'), identities: organizers });
    expect(opened).toMatchObject({ written: 2, unreadable: [] });
    const closed = await mergeSignups({ inputs: [journal], out: join(a, 'm.csv') });
    expect(closed.written).toBe(1);
    expect(closed.unreadable).toEqual([
      { at: `${journal}:2`, why: "it is sealed, and only the organizers' identity file opens it" },
    ]);
  });
});
