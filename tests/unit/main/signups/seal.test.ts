import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { armor } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityError, newIdentity, parseIdentities, recipientsOf } from '../../../../main/signups/identity';
import { openSealedRecord, SealedRecordError } from '../../../../main/signups/open-sealed';
import { isRecordLine } from '../../../../main/signups/record-line';
import { armorAge, createSealer } from '../../../../main/signups/seal';
import type { SealedRecord } from '../../../../main/signups/types';
import { sampleRecord, tempFolder } from './fixtures';
import { ageDecrypt, ageKeygen, type Key } from './seal-fixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let organizer: Key;
let stranger: Key;

beforeAll(async () => {
  folder = await tempFolder('kiosk-seal-');
  organizer = ageKeygen(folder.dir, 'organizer.txt');
  stranger = ageKeygen(folder.dir, 'stranger.txt');
});
afterAll(() => folder.remove());

describe('a sealed record', () => {
  it('keeps in clear only what counts need, and is a journal record to the open-time check', async () => {
    const record = sampleRecord(1);
    const sealed = await createSealer([organizer.recipient]).seal(record);
    expect(Object.keys(sealed)).toEqual(['v', 'id', 'savedAt', 'kioskId', 'event', 'lang', 'sealed']);
    expect(sealed).toMatchObject({ v: 1, id: record.id, savedAt: record.savedAt, kioskId: 'kiosk-1' });
    expect(sealed.sealed).toMatch(
      /^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+\n-----END AGE ENCRYPTED FILE-----\n$/,
    );
    const line = JSON.stringify(sealed);
    expect(line).not.toContain('Visitor1');
    expect(isRecordLine(Buffer.from(line))).toBe(true);
  });

  it('opens with the reference tool, age -d -i KEY, as the very record the kiosk built', async () => {
    const record = sampleRecord(2);
    const sealed = await createSealer([organizer.recipient]).seal(record);
    expect(JSON.parse(ageDecrypt(sealed.sealed, organizer.file))).toEqual(record);
  });

  it('opens through openSealedRecord with a key from age-keygen, given the record or its line', async () => {
    const record = sampleRecord(3);
    const sealed = await createSealer([organizer.recipient]).seal(record);
    expect(await openSealedRecord(sealed, organizer.identities)).toEqual(record);
    expect(await openSealedRecord(JSON.stringify(sealed), organizer.identities)).toEqual(record);
  });

  it('sealed to two organizers, opens with either key', async () => {
    const sealed = await createSealer([organizer.recipient, stranger.recipient]).seal(sampleRecord(4));
    expect((await openSealedRecord(sealed, organizer.identities)).id).toBe(sealed.id);
    expect(JSON.parse(ageDecrypt(sealed.sealed, stranger.file))).toMatchObject({ id: sealed.id });
  });

  it('is different each time, even for the same signup', async () => {
    const sealer = createSealer([organizer.recipient]);
    const record = sampleRecord(5);
    expect((await sealer.seal(record)).sealed).not.toBe((await sealer.seal(record)).sealed);
  });

  it("writes age's armor exactly as the library does, at every length around a line's end", () => {
    for (let size = 0; size < 200; size++) {
      const file = randomBytes(size);
      expect(armorAge(file)).toBe(armor.encode(file));
    }
  });

  it('refuses to seal to a key that is not an age public key', () => {
    expect(() => createSealer(['age1notakey'])).toThrow();
    expect(() => createSealer([])).toThrow(/at least one/);
  });
});

describe('opening what cannot be opened', () => {
  let records: SealedRecord[];
  beforeAll(async () => {
    const sealer = createSealer([organizer.recipient]);
    records = await Promise.all([0, 1, 2, 3, 4].map((n) => sealer.seal(sampleRecord(n))));
  });

  // Each bad record fails alone, with its id; the caller (the export) goes on with the others.
  const openAll = (list: SealedRecord[], key = organizer) =>
    Promise.allSettled(list.map((record) => openSealedRecord(record, key.identities)));
  const failure = (result: PromiseSettledResult<unknown>) =>
    result.status === 'rejected' ? (result.reason as SealedRecordError) : null;

  it('with the wrong identity: names the record and says it was sealed to another key', async () => {
    const [result] = await openAll(records.slice(0, 1), stranger);
    const error = failure(result!);
    expect(error).toBeInstanceOf(SealedRecordError);
    expect(error).toMatchObject({ recordId: records[0]!.id, problem: 'other-key' });
    expect(error!.message).toBe(
      `Signup ${records[0]!.id} could not be opened: it was sealed to another key; none of the identities given opens it (check that this is the identity whose public key was in sealTo when it was saved).`,
    );
  });

  it('a record sealed to another recipient fails alone; the others still open', async () => {
    const foreign = await createSealer([stranger.recipient]).seal(sampleRecord(9));
    const results = await openAll([records[0]!, foreign, records[1]!]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(failure(results[1]!)).toMatchObject({ recordId: foreign.id, problem: 'other-key' });
    expect(failure(results[1]!)!.message).toContain(foreign.id);
  });

  it('a truncated sealed record fails alone as damaged, wherever it was cut', async () => {
    const whole = records[2]!;
    const cuts = [10, 40, 100, whole.sealed.length - 40, whole.sealed.length - 2];
    const cut = cuts.map((at) => ({ ...whole, sealed: whole.sealed.slice(0, at) }));
    // A cut inside the armor, and one that keeps a valid armor of a shorter file.
    const lines = whole.sealed.trim().split('\n');
    const shorter = [...lines.slice(0, -3), lines.at(-1)!].join('\n');
    const results = await openAll([records[0]!, ...cut, { ...whole, sealed: shorter }, records[1]!]);
    expect(results[0]!.status).toBe('fulfilled');
    expect(results.at(-1)!.status).toBe('fulfilled');
    for (const result of results.slice(1, -1)) {
      expect(failure(result)).toMatchObject({ recordId: whole.id, problem: 'damaged' });
      expect(failure(result)!.message).toMatch(
        new RegExp(`^Signup ${whole.id} could not be opened: its sealed part is damaged or cut short`),
      );
    }
  });

  it('a sealed part moved onto another line is not trusted', async () => {
    const moved = { ...records[3]!, sealed: records[4]!.sealed };
    await expect(openSealedRecord(moved, organizer.identities)).rejects.toMatchObject({
      recordId: records[3]!.id,
      problem: 'mismatch',
    });
  });

  it('a sealed field that is not text is damaged, not a crash', async () => {
    const odd = { ...records[0]!, sealed: 42 } as unknown as SealedRecord;
    await expect(openSealedRecord(odd, organizer.identities)).rejects.toMatchObject({ problem: 'damaged' });
  });
});

describe('identity files', () => {
  it('reads what age-keygen writes, and what newIdentity writes, as age-keygen -y does', async () => {
    const made = await newIdentity(new Date('2026-11-29T22:00:00.000Z'));
    expect(made.file).toMatch(
      /^# created: 2026-11-29T22:00:00Z\n# public key: age1[a-z0-9]{58}\n(AGE-SECRET-KEY-1[A-Z0-9]{58})\n$/,
    );
    const file = join(folder.dir, 'made.txt');
    await writeFile(file, made.file);
    expect(await recipientsOf(made.file, file)).toEqual([made.recipient]);
    expect(execFileSync('age-keygen', ['-y', file], { encoding: 'utf8' }).trim()).toBe(made.recipient);
    expect(parseIdentities(made.file, file).count).toBe(1);
  });

  it('says what is wrong with a file that is not an identity, without repeating it', () => {
    const mistyped = 'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ';
    expect(() => parseIdentities(`# comment\n${mistyped}\n`, 'id.txt')).toThrow(
      new IdentityError(
        'Line 2 of id.txt is not an age private key (AGE-SECRET-KEY-1...): give the identity file that npm run keys or age-keygen wrote, not the public key.',
      ),
    );
    expect(() => parseIdentities(`${organizer.recipient}\n`, 'pub.txt')).toThrow(/Line 1 of pub.txt/);
    expect(() => parseIdentities('# nothing\n', 'empty.txt')).toThrow(/holds no age private key/);
    expect(() => parseIdentities('-----BEGIN AGE ENCRYPTED FILE-----\n...', 'locked.txt')).toThrow(
      /passphrase-protected/,
    );
  });
});
