import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoTime } from '../../../../main/signups/record';
import { createSignups, type Signups } from '../../../../main/signups/service';
import { formEn, formEs, formsFor, journalRecords, sampleRecord, submission, tempFolder } from './fixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let dataDir: string;
let signups: Signups | undefined;
let logged: string[];
const NOW = new Date('2026-11-29T21:53:56.123Z');

const start = () =>
  createSignups({
    dataDir,
    log: (line) => logged.push(line),
    settings: () => ({ kioskId: 'kiosk-7', event: 'BH Conference 2026' }),
    now: () => NOW,
  });

beforeEach(async () => {
  folder = await tempFolder();
  dataDir = join(folder.dir, 'data');
  logged = [];
});
afterEach(async () => {
  await signups?.close();
  signups = undefined;
  await folder.remove();
});

describe('signups service', () => {
  it('saves a signup as one record with everything staff need', async () => {
    signups = await start();
    const answer = await signups.submit(
      submission({ fields: { phone: '202-555-0143', role: 'Case manager' }, consent: { email: true } }),
      formsFor('en'),
    );
    expect(answer).toEqual({ status: 'saved' });
    const [record, ...more] = await journalRecords(dataDir);
    expect(more).toEqual([]);
    expect(record).toEqual({
      v: 1,
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      savedAt: localIsoTime(NOW),
      kioskId: 'kiosk-7',
      event: 'BH Conference 2026',
      lang: 'en',
      fields: {
        firstName: 'Ana',
        lastName: 'Reyes',
        email: 'ana@example.org',
        phone: '+12025550143',
        role: 'Case manager',
      },
      consent: {
        email: { given: true, text: formEn.consent[0]!.text, textHash: expect.any(String) },
        sms: { given: false, text: formEn.consent[1]!.text, textHash: expect.any(String) },
      },
    });
    const sha = createHash('sha256').update(formEn.consent[0]!.text).digest('hex');
    expect(record!.consent.email!.textHash).toBe(sha.slice(0, 16));
    expect(signups.status()).toEqual({ count: 1, problem: null });
  });

  it('keeps the consent wording the visitor read, and the role in the default language', async () => {
    signups = await start();
    await signups.submit(
      submission({ lang: 'es', fields: { role: 'Personal de apoyo' }, consent: { sms: true } }),
      formsFor('es'),
    );
    const [record] = await journalRecords(dataDir);
    expect(record!.lang).toBe('es');
    expect(record!.fields.role).toBe('Support staff');
    expect(record!.consent).toEqual({
      email: { given: false, text: formEs.consent[0]!.text, textHash: expect.any(String) },
      sms: { given: true, text: formEs.consent[1]!.text, textHash: expect.any(String) },
    });
  });

  it('counts a box as ticked only when it says true', async () => {
    signups = await start();
    await signups.submit(submission({ consent: { email: 'yes', sms: 1 } as never }), formsFor('en'));
    const [record] = await journalRecords(dataDir);
    expect([record!.consent.email!.given, record!.consent.sms!.given]).toEqual([false, false]);
  });

  it('writes nothing for a signup with problems, and says what they are', async () => {
    signups = await start();
    const answer = await signups.submit(submission({ lang: 'es', fields: { email: 'ana' } }), formsFor('es'));
    expect(answer).toEqual({
      status: 'invalid',
      errors: { email: 'Revisa el correo electrónico: le falta la @' },
    });
    expect(await journalRecords(dataDir)).toEqual([]);
    expect(signups.status()).toEqual({ count: 0, problem: null });
  });

  it('saves a retried attempt once, even when the retries arrive together', async () => {
    signups = await start();
    const form = submission({ attempt: 'visitor-42' });
    const answers = await Promise.all([1, 2, 3].map(() => signups!.submit(form, formsFor('en'))));
    answers.push(await signups.submit(form, formsFor('en')));
    expect(answers).toEqual(Array(4).fill({ status: 'saved' }));
    expect(await journalRecords(dataDir)).toHaveLength(1);
    await signups.submit(submission({ attempt: 'visitor-43' }), formsFor('en'));
    expect(signups.status().count).toBe(2);
  });

  it('counts the signups already in the journal at start', async () => {
    await mkdir(dataDir, { recursive: true });
    const lines = [1, 2, 3].map((n) => `${JSON.stringify(sampleRecord(n))}\n`).join('');
    await writeFile(join(dataDir, 'signups.jsonl'), lines);
    signups = await start();
    expect(signups.status()).toEqual({ count: 3, problem: null });
  });

  it('starts even when the data folder cannot be made, and saves once it can', async () => {
    await writeFile(dataDir, 'a file where the data folder should be');
    signups = await start();
    expect(signups.status()).toEqual({
      count: 0,
      problem: expect.stringContaining('not a usable data folder'),
    });
    const es = submission({ lang: 'es', attempt: 'visitor-9' });
    expect(await signups.submit(es, formsFor('es'))).toEqual({
      status: 'not-saved',
      message: 'No pudimos guardar esto. Avisa a alguien del personal.',
    });
    expect(await signups.submit(submission({ attempt: 'visitor-10' }), formsFor('en'))).toEqual({
      status: 'not-saved',
      message: 'We could not save this. Please let a staff member know.',
    });
    await rm(dataDir);
    expect(await signups.submit(es, formsFor('es'))).toEqual({ status: 'saved' });
    expect(signups.status()).toEqual({ count: 1, problem: null });
    expect(await journalRecords(dataDir)).toHaveLength(1);
  });

  it('never writes what a visitor typed into the log', async () => {
    await writeFile(dataDir, 'in the way');
    signups = await start();
    const typed = submission({
      fields: { firstName: 'Zenobia', lastName: 'Quartermaine', phone: '202-555-0143' },
    });
    await signups.submit(typed, formsFor('en'));
    await rm(dataDir);
    await signups.submit(typed, formsFor('en'));
    await signups.submit(
      submission({ fields: { email: 'zq@private.example' }, attempt: 'b' }),
      formsFor('en'),
    );
    expect(logged.length).toBeGreaterThan(0);
    for (const secret of ['Zenobia', 'Quartermaine', '2025550143', 'zq@', 'private.example']) {
      expect(logged.join('\n')).not.toContain(secret);
    }
  });
});

describe('localIsoTime', () => {
  it('writes the local time with its offset, naming the same instant', () => {
    const text = localIsoTime(NOW);
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(new Date(text).getTime()).toBe(NOW.getTime());
  });

  it('shows the clock at the table: 4:53 pm in New York is -05:00', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(localIsoTime(NOW)).toBe('2026-11-29T16:53:56.123-05:00');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
