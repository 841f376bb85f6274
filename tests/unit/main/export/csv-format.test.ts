import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportSignups } from '../../../../main/export/export-signups';
import { PRESET_NAMES, type PresetName } from '../../../../main/export/presets';
import type { SignupRecord } from '../../../../main/signups/types';
import { consent, dataDir, record } from './fixtures';

// Exports parsed back by a real CSV parser must give exactly the stored values, apart from the
// apostrophe the formula guard adds. The expected cells are written out here, independently of
// the presets' code.

let folders: { remove: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(folders.map((f) => f.remove()));
  folders = [];
});

async function exportOf(records: SignupRecord[], preset: PresetName) {
  const data = await dataDir(records);
  folders.push(data);
  const result = await exportSignups({ dataDir: data.dir, preset, since: 'everything', folder: data.dir });
  const bytes = await readFile(result.file);
  const rows = parse(bytes, { bom: true, record_delimiter: '\r\n' });
  return { result, bytes, header: rows[0]!, rows: rows.slice(1) };
}

const yesNo = (c: SignupRecord['consent']['email']) => (c ? (c.given ? 'yes' : 'no') : '');
const emailOk = (r: SignupRecord) => (r.consent.email?.given ? (r.fields.email ?? '') : '');
const phoneOk = (r: SignupRecord) => (r.consent.sms?.given ? (r.fields.phone ?? '') : '');

const zip5 = (zip: string) => (/^\d{5}-\d{4}$/.test(zip) ? zip.slice(0, 5) : zip);
// Mailchimp's rules for a tag: no emoji, at most 100 characters, in double quotes if it has a comma.
const tag = (event: string) => {
  const text = event
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, '')
    .replaceAll('"', '')
    .trim()
    .slice(0, 100);
  return text.includes(',') ? `"${text}"` : text;
};

/** The cells each preset should hold for a record, before the formula guard. */
const expected: Record<PresetName, (r: SignupRecord) => string[] | null> = {
  all: (r) => [
    r.id,
    r.savedAt,
    r.kioskId,
    r.event,
    r.lang,
    ...(['firstName', 'lastName', 'email', 'phone', 'workplace', 'role', 'zip'] as const).map(
      (f) => r.fields[f] ?? '',
    ),
    yesNo(r.consent.email),
    r.consent.email?.textHash ?? '',
    r.consent.email?.text ?? '',
    yesNo(r.consent.sms),
    r.consent.sms?.textHash ?? '',
    r.consent.sms?.text ?? '',
  ],
  'action-network': (r) =>
    emailOk(r) || phoneOk(r)
      ? [
          r.fields.firstName ?? '',
          r.fields.lastName ?? '',
          emailOk(r),
          r.fields.zip ?? '',
          phoneOk(r),
          r.fields.role ?? '',
          r.fields.workplace ?? '',
          r.event,
        ]
      : null,
  mailchimp: (r) =>
    emailOk(r)
      ? [
          emailOk(r),
          r.fields.firstName ?? '',
          r.fields.lastName ?? '',
          phoneOk(r),
          zip5(r.fields.zip ?? ''),
          tag(r.event),
        ]
      : null,
};

/** The formula guard as the issue states it, with the documented E.164 exception. */
const guarded = (value: string) =>
  /^'*[=+\-@\t\r]/.test(value) && !/^\+[1-9]\d{1,14}$/.test(value) ? `'${value}` : value;

const awkward = [
  'Ana, María',
  'O"Brien "the boss"',
  'two\nlines',
  'windows\r\nline',
  'lone\rreturn',
  'José Núñez Peña',
  'Zoë Ångström-Çelik',
  'Nguyễn Thị Minh Khai',
  '王秀英',
  'محمد',
  '😀 👩🏽‍⚕️ 🏳️‍🌈',
  ' padded ',
  "'Ofa",
  "'=already",
  '"=quoted"',
  ',',
  '""',
];

const awkwardRecords = awkward.map((text, i) =>
  record(i, {
    event: text,
    fields: {
      firstName: text,
      lastName: `${text} Jr.`,
      email: `person${i}@example.org`,
      phone: '+12025550143',
      workplace: text,
      role: text,
      zip: '60614-1234',
    },
    consent: { email: consent(true, `Sí, acepto: ${text}`), sms: consent(i % 2 === 0, text) },
  }),
);

describe.each(PRESET_NAMES)('the %s export', (preset) => {
  it('starts with a byte-order mark and ends every row with CRLF', async () => {
    const { bytes } = await exportOf([record(1), record(2)], preset);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').some((line) => line.includes('\n') || line.includes('\r'))).toBe(false);
    expect(text.split('\r\n')).toHaveLength(4); // header, two rows, and nothing after the last CRLF
  });

  it('parses back to exactly the stored values, for names with commas, quotes, line breaks, accents and emoji', async () => {
    const { rows } = await exportOf(awkwardRecords, preset);
    const want = awkwardRecords.map(expected[preset]).filter((row) => row !== null);
    expect(rows).toEqual(want.map((row) => row.map(guarded)));
  });

  it('quotes every cell holding a line break, so a spreadsheet keeps the row whole', async () => {
    const { bytes } = await exportOf([awkwardRecords[2]!, awkwardRecords[4]!], preset);
    const text = bytes.toString('utf8');
    expect(text).toContain('"two\nlines');
    expect(text).toContain('"lone\rreturn');
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example","x")'],
    ['+', "+1+cmd|' /C calc'!A0"],
    ['-', "-2+3+cmd|' /C calc'!A0"],
    ['@', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('puts an apostrophe before every cell beginning with %s', async (_, payload) => {
    const r = record(7, {
      kioskId: payload,
      event: payload,
      lang: payload,
      fields: {
        firstName: payload,
        lastName: payload,
        email: `${payload.replace(/[^=+\-@\t\r]/g, '')}x@example.org`,
        phone: payload,
        workplace: payload,
        role: payload,
        zip: payload,
      },
      consent: { email: consent(true, payload), sms: consent(true, payload) },
    });
    const { rows } = await exportOf([r], preset);
    const cells = rows[0]!;
    const risky = expected[preset](r)!.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(risky.length).toBeGreaterThan(2);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toEqual(
      expected[preset](r)!.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
    );
  });

  it('leaves an E.164 phone number as it is, so the CRM reads it', async () => {
    const r = record(2, { consent: { email: consent(true), sms: consent(true) } });
    const { header, rows } = await exportOf([r], preset);
    const phoneColumn = header.findIndex((h) => /phone/i.test(h));
    expect(rows[0]![phoneColumn]).toBe('+12025550143');
  });
});

describe('what each preset holds', () => {
  const noConsent = record(1, { consent: { email: consent(false), sms: consent(false) } });
  const smsOnly = record(2, { consent: { email: consent(false), sms: consent(true) } });
  const emailOnly = record(3, { consent: { email: consent(true), sms: consent(false) } });
  const noForm = record(4, { consent: {} });

  it('"All fields" holds everyone, consent per channel with the wording and its hash', async () => {
    const { header, rows, result } = await exportOf([noConsent, smsOnly, emailOnly, noForm], 'all');
    expect(header).toEqual([
      'id', 'saved_at', 'kiosk_id', 'event', 'lang',
      'first_name', 'last_name', 'email', 'phone', 'workplace', 'role', 'zip',
      'email_consent', 'email_consent_text_hash', 'email_consent_text',
      'sms_consent', 'sms_consent_text_hash', 'sms_consent_text',
    ]); // prettier-ignore
    expect(rows.map((row) => [row[12], row[15]])).toEqual([
      ['no', 'no'],
      ['no', 'yes'],
      ['yes', 'no'],
      ['', ''],
    ]);
    expect(rows[0]![13]).toMatch(/^[0-9a-f]{16}$/);
    expect(result).toMatchObject({ rows: 4, leftOut: 0 });
  });

  it('Action Network: each contact detail only with its consent; nobody without any consent', async () => {
    const { header, rows, result } = await exportOf(
      [noConsent, smsOnly, emailOnly, noForm],
      'action-network',
    );
    expect(header).toEqual([
      'first_name',
      'last_name',
      'email',
      'zip_code',
      'phone_number',
      'role',
      'workplace',
      'signup_event',
    ]);
    expect(rows.map((row) => [row[0], row[2], row[4]])).toEqual([
      ['Visitor2', '', '+12025550143'],
      ['Visitor3', 'visitor3@example.org', ''],
    ]);
    expect(result).toMatchObject({ rows: 2, leftOut: 2 });
    expect(result.notes.join(' ')).toContain('2 signup(s) left out: no consent to email or texts');
  });

  it('Mailchimp: only people who agreed to email; five-digit ZIP; the event as a tag, quoted when it has a comma', async () => {
    const withComma = record(5, {
      event: 'Conference, Day 2 🎉',
      consent: { email: consent(true), sms: consent(true) },
      fields: { email: 'five@example.org', zip: '60614-1234', firstName: 'Five', phone: '+12025550143' },
    });
    const { header, rows, result } = await exportOf(
      [noConsent, smsOnly, emailOnly, noForm, withComma],
      'mailchimp',
    );
    expect(header).toEqual(['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Zip', 'Tags']);
    expect(rows).toEqual([
      ['visitor3@example.org', 'Visitor3', 'Reyes-Álvarez', '', '60614', 'Behavioral Health Conference 2026'],
      ['five@example.org', 'Five', '', '+12025550143', '60614', '"Conference, Day 2"'],
    ]);
    expect(result).toMatchObject({ rows: 2, leftOut: 3 });
  });

  it('writes into the named folder without creating it, and a missing folder is said plainly', async () => {
    const data = await dataDir([record(1)]);
    folders.push(data);
    await expect(
      exportSignups({
        dataDir: data.dir,
        preset: 'all',
        since: 'everything',
        folder: join(data.dir, 'no-stick'),
      }),
    ).rejects.toThrow(/does not exist: if it is a USB stick, check that it is plugged in/);
  });
});
