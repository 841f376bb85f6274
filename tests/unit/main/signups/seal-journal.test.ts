import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../../../main/signups/journal';
import { createSealer } from '../../../../main/signups/seal';
import { sealJournal } from '../../../../main/signups/seal-journal';
import { journalLines, sampleRecord, tempFolder } from './fixtures';
import { ageDecrypt, ageKeygen, openedRecords, plaintextFound, type Key } from './seal-fixtures';

let keys: Awaited<ReturnType<typeof tempFolder>>;
let organizer: Key;
let folder: Awaited<ReturnType<typeof tempFolder>>;
let dataDir: string;
let journalFile: string;

beforeAll(async () => {
  keys = await tempFolder('kiosk-seal-keys-');
  organizer = ageKeygen(keys.dir);
  return () => keys.remove();
});
beforeEach(async () => {
  folder = await tempFolder('kiosk-seal-journal-');
  dataDir = join(folder.dir, 'data');
  journalFile = join(dataDir, 'signups.jsonl');
  await mkdir(dataDir, { mode: 0o700 });
});
afterEach(() => folder.remove());

const clear = [0, 1, 2].map(sampleRecord);
const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const secrets = ['Visitor0', 'Visitor1', 'Visitor2', 'Visitor3', 'Visitor4', 'Reyes-Álvarez', '+12025550143'];

/** A clear kiosk's data folder after a rough life: a crash, a damaged line, one signup already sealed. */
async function clearKioskFolder(): Promise<string[]> {
  // A crash left a torn line once; the start after it kept the fragment, in clear, in recovered/.
  await writeFile(journalFile, line(clear[0]) + line(sampleRecord(3)).slice(0, 200));
  await (await openJournal(dataDir)).close();
  const sealedOne = await createSealer([organizer.recipient]).seal(sampleRecord(5));
  await appendFile(
    journalFile,
    line(clear[1]) +
      '{"v":1,"id":"damaged","firstName":"Visitor4","phone":"+12025550143"\n' + // not JSON
      line(sealedOne) +
      line(clear[2]) +
      line(sampleRecord(4)).slice(0, 150), // torn again, not yet seen by any start
  );
  return [clear[0]!.id, clear[1]!.id, sealedOne.id, clear[2]!.id];
}

describe('sealing a clear journal in place', () => {
  it('seals every clear signup, keeps the order and ids, and moves damaged lines aside sealed', async () => {
    const ids = await clearKioskFolder();
    const report = await sealJournal({ dataDir, recipients: [organizer.recipient] });
    // The earlier fragment was in clear in recovered/; the two bad lines go there sealed from the start.
    expect(report).toEqual({
      file: journalFile,
      sealed: 3,
      alreadySealed: 1,
      setAside: 2,
      recoveredSealed: 1,
    });

    const lines = (await journalLines(dataDir)).map(
      (text) => JSON.parse(text) as { id: string; sealed?: string },
    );
    expect(lines.map((entry) => entry.id)).toEqual(ids);
    expect(lines.every((entry) => typeof entry.sealed === 'string')).toBe(true);
    const opened = await openedRecords(dataDir, organizer.identities);
    expect([opened[0], opened[1], opened[3]]).toEqual(clear);
    expect(await plaintextFound(dataDir, secrets)).toEqual([]);

    const journal = await openJournal(dataDir);
    await journal.close();
    expect(journal.recovery).toEqual({ count: 4, tornAt: null, corrupt: 0, keptAside: [] });
  });

  it('keeps what it moved aside readable to the organizers, with the reference tool', async () => {
    await clearKioskFolder();
    await sealJournal({ dataDir, recipients: [organizer.recipient] });
    const recovered = join(dataDir, 'recovered');
    const names = (await readdir(recovered)).sort();
    expect(names.filter((name) => name.endsWith('.line'))).toEqual([]);
    const sealedFiles = names.filter((name) => name.endsWith('.line.age'));
    expect(sealedFiles).toHaveLength(3);
    const texts = await Promise.all(
      sealedFiles.map(async (name) =>
        ageDecrypt(await readFile(join(recovered, name), 'utf8'), organizer.file),
      ),
    );
    expect(texts).toContainEqual(expect.stringContaining('"firstName":"Visitor4","phone"'));
    expect(texts.filter((text) => text.endsWith('"firstName":"Visitor3'))).toHaveLength(1);
    for (const name of names.filter((entry) => entry.endsWith('.note.txt'))) {
      expect(await readFile(join(recovered, name), 'utf8')).toContain('Sealed by npm run seal');
    }
  });

  it('run again, finds nothing left to seal and changes nothing', async () => {
    await clearKioskFolder();
    await sealJournal({ dataDir, recipients: [organizer.recipient] });
    const before = await readFile(journalFile);
    expect(await sealJournal({ dataDir, recipients: [organizer.recipient] })).toEqual({
      file: journalFile,
      sealed: 0,
      alreadySealed: 4,
      setAside: 0,
      recoveredSealed: 0,
    });
    expect(await readFile(journalFile)).toEqual(before);
  });

  it('replaces whatever a crashed run left half-written, and leaves no temporary file', async () => {
    await writeFile(journalFile, line(clear[0]));
    await writeFile(`${journalFile}.sealing`, 'half of an earlier run');
    await sealJournal({ dataDir, recipients: [organizer.recipient] });
    expect(await readdir(dataDir)).toEqual(['signups.jsonl']);
    expect((await openedRecords(dataDir, organizer.identities))[0]).toEqual(clear[0]);
  });

  it('answers zero for a folder with no journal yet, and refuses a bad key before touching anything', async () => {
    expect(await sealJournal({ dataDir, recipients: [organizer.recipient] })).toMatchObject({
      sealed: 0,
      alreadySealed: 0,
    });
    await writeFile(journalFile, line(clear[0]));
    await expect(sealJournal({ dataDir, recipients: ['age1nope'] })).rejects.toThrow();
    expect(await readFile(journalFile, 'utf8')).toBe(line(clear[0]));
  });
});
