import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../../../main/signups/journal';
import { readJournal } from '../../../../main/signups/read-journal';
import { createSignups, type Signups } from '../../../../main/signups/service';
import { formsFor, journalLines, submission, tempFolder } from './fixtures';
import { ageDecrypt, ageKeygen, openedRecords, plaintextFound, type Key } from './seal-fixtures';

let keys: Awaited<ReturnType<typeof tempFolder>>;
let organizer: Key;
let folder: Awaited<ReturnType<typeof tempFolder>>;
let dataDir: string;
let signups: Signups | undefined;
let logged: string[];

beforeAll(async () => {
  keys = await tempFolder('kiosk-seal-keys-');
  organizer = ageKeygen(keys.dir);
  return () => keys.remove();
});
beforeEach(async () => {
  folder = await tempFolder('kiosk-sealed-');
  dataDir = join(folder.dir, 'data');
  logged = [];
});
afterEach(async () => {
  await signups?.close();
  signups = undefined;
  await folder.remove();
});

const start = () =>
  createSignups({
    dataDir,
    log: (line) => logged.push(line),
    settings: () => ({ kioskId: 'kiosk-7', event: 'BH Conference 2026' }),
  });
const sealed = (lang: 'en' | 'es' = 'en') => formsFor(lang, [organizer.recipient]);

// Distinctive details, with letters beyond ASCII, so an accidental copy cannot hide.
const visitors = [
  {
    firstName: 'Quetzalli',
    lastName: 'Featherstonehaugh',
    email: 'quetzalli.f@example.org',
    phone: '202-555-0143',
  },
  { firstName: 'Zoë', lastName: 'Ñúñez-Ávila', email: 'zoe.nunez@ejemplo.mx', phone: '(312) 555-0199' },
];
const typed = visitors.flatMap((v) => [v.firstName, v.lastName, v.email]);
const phones = ['+12025550143', '2025550143', '202-555-0143', '+13125550199', '3125550199'];
const secrets = [...typed, ...phones, 'Riverside Behavioral Health'];

async function signUpEveryone(): Promise<void> {
  for (const [n, fields] of visitors.entries()) {
    const lang = n === 0 ? 'en' : 'es';
    const answer = await signups!.submit(
      submission({
        lang,
        attempt: `visitor-${n}`,
        fields: { ...fields, workplace: 'Riverside Behavioral Health' },
      }),
      sealed(lang),
    );
    expect(answer).toEqual({ status: 'saved' });
  }
}

describe('a sealed kiosk', () => {
  it('writes each signup sealed, with only id, time, kiosk, event and language in clear', async () => {
    signups = await start();
    await signUpEveryone();
    const lines = (await journalLines(dataDir)).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    for (const [n, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(['v', 'id', 'savedAt', 'kioskId', 'event', 'lang', 'sealed']);
      expect(line).toMatchObject({
        v: 1,
        kioskId: 'kiosk-7',
        event: 'BH Conference 2026',
        lang: n ? 'es' : 'en',
      });
    }
    // Counts work without the key, now and after a restart.
    expect(signups.status()).toEqual({ count: 2, problem: null });
    const journal = await openJournal(dataDir);
    await journal.close();
    expect(journal.recovery).toEqual({ count: 2, tornAt: null, corrupt: 0, keptAside: [] });
  });

  it('keeps everything the visitor gave inside the seal, for the organizers to open', async () => {
    signups = await start();
    await signUpEveryone();
    const [first, second] = await openedRecords(dataDir, organizer.identities);
    expect(first).toMatchObject({
      lang: 'en',
      fields: { firstName: 'Quetzalli', email: 'quetzalli.f@example.org', phone: '+12025550143' },
      consent: { email: { given: true }, sms: { given: false } },
    });
    expect(second!.fields).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Ñúñez-Ávila',
      phone: '+13125550199',
    });
    // The reference tool reads the same thing from the line's sealed field.
    const line = JSON.parse((await journalLines(dataDir))[1]!) as { sealed: string };
    expect(JSON.parse(ageDecrypt(line.sealed, organizer.file))).toEqual(second);
  });

  it('leaves no name, email or phone under the data folder, plain, JSON-escaped or in base64, nor in the log', async () => {
    signups = await start();
    await signUpEveryone();
    // A crash mid-write leaves a torn sealed line, which the next start keeps in recovered/.
    const last = (await journalLines(dataDir))[1]!;
    await appendFile(join(dataDir, 'signups.jsonl'), last.slice(0, Math.floor(last.length / 2)));
    await signups.close();
    signups = await start();
    expect(signups.status().count).toBe(2);
    expect(await plaintextFound(dataDir, secrets)).toEqual([]);
    expect(await plaintextFound(folder.dir, secrets)).toEqual([]);
    expect(logged.join('\n')).not.toMatch(
      new RegExp(secrets.map((s) => s.replace(/[()+.-]/g, '\\$&')).join('|')),
    );
  });

  // The check above must be able to fail: on a clear kiosk, and in base64 at any offset, it finds them.
  it('has a search that finds the details on a clear kiosk, in every encoding', async () => {
    signups = await start();
    await signups.submit(submission({ fields: visitors[1] }), formsFor('es'));
    expect(await plaintextFound(dataDir, ['Ñúñez-Ávila'])).not.toEqual([]);
    for (const pad of ['', 'x', 'xy']) {
      const encoded = Buffer.from(`${pad}{"lastName":"Ñúñez-Ávila"}`).toString('base64');
      await writeFile(join(folder.dir, 'probe'), `...${encoded}...`);
      expect(await plaintextFound(folder.dir, ['Ñúñez-Ávila'])).toContainEqual(
        expect.stringContaining('probe'),
      );
    }
    await writeFile(
      join(folder.dir, 'probe'),
      JSON.stringify({ n: 'Ñúñez-Ávila' }).replace(
        /[\u0080-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
    );
    expect(await plaintextFound(folder.dir, ['Ñúñez-Ávila'])).toContainEqual(
      expect.stringContaining('probe'),
    );
  });

  it('seals from the moment the content asks, and stops when it no longer does', async () => {
    signups = await start();
    const say = (n: number, sealTo: string[]) =>
      signups!.submit(
        submission({ attempt: `a${n}`, fields: { firstName: `P${n}` } }),
        formsFor('en', sealTo),
      );
    await say(1, []);
    await say(2, [organizer.recipient]);
    await say(3, []);
    const kinds: string[] = [];
    for await (const entry of readJournal(join(dataDir, 'signups.jsonl'))) {
      kinds.push('sealed' in entry ? 'sealed' : 'record' in entry ? 'clear' : 'bad');
    }
    expect(kinds).toEqual(['clear', 'sealed', 'clear']);
    expect((await openedRecords(dataDir, organizer.identities)).map((r) => r.fields.firstName)).toEqual([
      'P1',
      'P2',
      'P3',
    ]);
    expect(signups.status().count).toBe(3);
  });

  it('writes nothing, and says so, when sealing fails', async () => {
    signups = await start();
    const forms = formsFor('en', ['age1thisisnotakey']);
    expect(await signups.submit(submission(), forms)).toEqual({
      status: 'not-saved',
      message: 'We could not save this. Please let a staff member know.',
    });
    expect(signups.status().problem).toMatch(/could not seal a signup.*sealTo/);
    expect(await readFile(join(dataDir, 'signups.jsonl'), 'utf8')).toBe('');
    expect(logged.join('\n')).not.toContain('Ana');
  });
});
