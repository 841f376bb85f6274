import { parse } from 'csv-parse/sync';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportSignups } from '../../../../main/export/export-signups';
import { mergeSignups } from '../../../../main/export/merge';
import { newIdentity, parseIdentities, type Identities } from '../../../../main/signups/identity';
import { createSealer } from '../../../../main/signups/seal';
import type { JournalRecord, SealedRecord, SignupRecord } from '../../../../main/signups/types';
import { dataDir, journalText, record } from './fixtures';

// Kiosks that seal signups to the organizers' key: the export opens them with that key; without
// it, the organizers' export is refused and the kiosk's own copies them to the stick still sealed.

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

  it('are refused without the key, writing nothing, and saying what is needed', async () => {
    const dir = await kiosk([record(1), await seal(record(2)), record(3)]);
    const before = await readdir(dir);
    const options = { dataDir: dir, preset: 'action-network', since: 'last', folder: dir } as const;
    await expect(exportSignups(options)).rejects.toThrow(
      /1 signup\(s\) in .* are sealed, and only the organizers' identity file opens them: give it with --identity FILE \(the file npm run keys made\).*Nothing was written\./,
    );
    expect(await readdir(dir)).toEqual(before); // no file, no audit line
  });

  it('are copied still sealed by the kiosk, byte for byte, and "since the last" goes on after them', async () => {
    const dir = await kiosk([record(1), await seal(record(2)), record(3)]);
    const options = {
      dataDir: dir,
      preset: 'action-network',
      since: 'last',
      folder: dir,
      withoutKey: 'sealed-copy',
    } as const;
    const first = await exportSignups(options);
    expect(first).toMatchObject({ rows: 3, sealedCopied: 1, unreadable: 0 });
    expect(first.file).toMatch(/sealed-signups-action-network-.*\.jsonl$/);
    expect(await readFile(first.file, 'utf8')).toBe(await readFile(join(dir, 'signups.jsonl'), 'utf8'));
    expect(first.notes[0]).toMatch(
      /^This file is sealed: .* npm run export -- --data-dir .* --identity FILE/,
    );

    await appendFile(join(dir, 'signups.jsonl'), journalText([await seal(record(4))]));
    const second = await exportSignups(options);
    expect(second).toMatchObject({ rows: 1, sealedCopied: 1 });
    // At home, the copy opens with the key like a journal.
    const home = await exportSignups({
      dataDir: dir,
      journal: first.file,
      preset: 'all',
      since: 'everything',
      folder: dir,
      identities: organizers,
    });
    expect(await names(home.file)).toEqual(['Visitor1', 'Visitor2', 'Visitor3']);
  });

  it('in clear only are exported as a CSV by the kiosk, as before', async () => {
    const dir = await kiosk([record(1), await seal(record(2)), record(3)]);
    const options = { dataDir: dir, preset: 'all', since: 'last', folder: dir } as const;
    await exportSignups({ ...options, withoutKey: 'sealed-copy' });
    await appendFile(join(dir, 'signups.jsonl'), journalText([record(4)]));
    const next = await exportSignups({ ...options, withoutKey: 'sealed-copy' });
    expect(next).toMatchObject({ rows: 1, sealedCopied: 0 });
    expect(await names(next.file)).toEqual(['Visitor4']);
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

  it('are merged with the key; without it kept sealed by id in a journal, and refused in a CSV', async () => {
    const a = await kiosk([record(1), await seal(record(2))]);
    const journal = join(a, 'signups.jsonl');
    const opened = await mergeSignups({ inputs: [journal], out: join(a, 'm.csv'), identities: organizers });
    expect(opened).toMatchObject({ written: 2, unreadable: [], keptSealed: 0 });

    const sealedTwo = await seal(record(2)); // the same signup, sealed again: other bytes, same id
    const b = await kiosk([sealedTwo, await seal(record(3))]);
    const other = join(b, 'signups.jsonl');
    const kept = await mergeSignups({ inputs: [journal, other], out: join(a, 'm.jsonl') });
    expect(kept).toMatchObject({ written: 3, keptSealed: 2, duplicates: 1, conflicts: [], unreadable: [] });
    const lines = (await readFile(kept.file, 'utf8')).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([
      record(1).id,
      record(2).id,
      record(3).id,
    ]);

    const before = await readdir(a);
    await expect(mergeSignups({ inputs: [journal], out: join(a, 'n.csv') })).rejects.toThrow(
      /holds sealed signups, and only the organizers' identity file opens them: give it with --identity FILE/,
    );
    expect(await readdir(a)).toEqual(before);
  });
});
