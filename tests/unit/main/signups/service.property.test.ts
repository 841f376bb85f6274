import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignups, type Signups } from '../../../../main/signups/service';
import type { SignupFieldName } from '../../../../main/signups/types';
import { validateSignup } from '../../../../main/signups/validate';
import { formsFor, journalRecords, tempFolder } from './fixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let dataDir: string;
let signups: Signups;

beforeAll(async () => {
  folder = await tempFolder('kiosk-property-');
  dataDir = join(folder.dir, 'data');
  signups = await createSignups({ dataDir, log: () => {}, settings: () => ({ kioskId: 'k', event: 'e' }) });
});
afterAll(async () => {
  await signups.close();
  await folder.remove();
});

const names: SignupFieldName[] = ['firstName', 'lastName', 'email', 'phone', 'workplace', 'role', 'zip'];
const control = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ud800',
  '\t',
  '\n',
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 8 }), control, fc.string({ maxLength: 8 }))
      .map((p) => p.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('x'.repeat(10_000), '\u00e9'.repeat(201), ' '.repeat(5000) + 'Ana'),
  },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Ana',
      '=HYPERLINK("http://x","y")',
      '+1',
      '@SUM(1)',
      'مريم',
      'Jose\u0301',
      'ana@example.org',
      'ANA@EXAMPLE.ORG',
      'ana@example',
      '202-555-0143',
      '+44 20 7946 0958',
      '1-800-FLOWERS',
      '60614',
      '606141234',
      'Peer specialist',
      'Personal de apoyo',
    ),
  },
);
// Mostly text, sometimes a value of the wrong type, as a tampered renderer might send.
const value = fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: fc.anything() });
// A plausible signup with a few answers replaced at random, so that many are saved.
const plausible = fc
  .tuple(
    fc.record(
      {
        firstName: fc.constantFrom(
          'Ana',
          'مريم',
          '=HYPERLINK("http://x","y")',
          'Jose\u0301',
          '🦋',
          '  Bea  ',
        ),
        lastName: fc.constantFrom('Reyes', '-2', '@SUM(1)', 'נועה', 'Mu\u0308ller'),
        email: fc.constantFrom('ana@example.org', 'Ana@EXAMPLE.org', ''),
        phone: fc.constantFrom('202-555-0143', '+44 20 7946 0958', ''),
        workplace: fc.constantFrom('Riverside CMHC', '+1', ''),
        role: fc.constantFrom('Peer specialist', 'Personal de apoyo', 'Other', ''),
        zip: fc.constantFrom('60614', '606141234', '60614-1234', ''),
      },
      { requiredKeys: ['firstName', 'lastName', 'email'] },
    ),
    fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 2 }),
  )
  .map(([base, changes]) => ({ ...base, ...changes }));
const fields = fc.oneof(
  { weight: 6, arbitrary: plausible },
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...names, 'isAdmin', '__proto__'), value) },
  { weight: 1, arbitrary: fc.anything() },
);
const payload = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record({
      lang: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom('en', 'es', 'es-US', 'fr') },
        { weight: 1, arbitrary: fc.anything() },
      ),
      fields,
      consent: fc.oneof(
        fc.record({ email: fc.anything(), sms: fc.anything() }, { requiredKeys: [] }),
        fc.anything(),
      ),
      attempt: fc.oneof(fc.uuid(), fc.constantFrom('same-1', 'same-2'), fc.anything()),
    }),
  },
  { weight: 1, arbitrary: fc.anything() },
);

describe('signups service under random payloads', () => {
  it('never throws, answers one of its three answers, and stores only records that pass validation', async () => {
    const answers = { saved: 0, invalid: 0, 'not-saved': 0 };
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom<'en' | 'es'>('en', 'es'), async (input, lang) => {
        const answer = await signups.submit(input as never, formsFor(lang));
        answers[answer.status]++;
        if (answer.status === 'invalid') {
          expect(Object.keys(answer.errors).length).toBeGreaterThan(0);
          for (const message of Object.values(answer.errors)) expect(message).toMatch(/\S/);
        } else if (answer.status === 'not-saved') expect(answer.message).toMatch(/\S/);
        else expect(answer).toEqual({ status: 'saved' });
      }),
      { numRuns: 3000 },
    );
    expect(answers['not-saved']).toBe(0);
    expect(answers.saved).toBeGreaterThan(300);
    console.log(`random payloads: ${JSON.stringify(answers)}`);

    const records = await journalRecords(dataDir);
    expect(records.length).toBe(signups.status().count);
    for (const record of records) {
      expect(record).toMatchObject({ v: 1, kioskId: 'k', event: 'e' });
      // Stored values are already clean and in the default language: checking them again changes nothing.
      const again = validateSignup(
        { lang: 'en', fields: record.fields, consent: {}, attempt: 'x' },
        formsFor('en'),
      );
      expect(again).toEqual({ ok: true, fields: record.fields });
    }
  }, 30_000);
});
