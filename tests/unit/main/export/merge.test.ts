import { parse } from 'csv-parse/sync';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSignups } from '../../../../main/export/export-signups';
import { mergeSignups } from '../../../../main/export/merge';
import type { SignupRecord } from '../../../../main/signups/types';
import { consent, dataDir, journalText, record } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-merge-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, text: string | Buffer) => {
  await writeFile(join(dir, name), text);
  return join(dir, name);
};
const journal = (name: string, records: SignupRecord[]) => file(name, journalText(records));
const readJournalFile = async (path: string) =>
  (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SignupRecord);
const merge = (inputs: string[], out = 'merged.jsonl', preset?: 'all' | 'action-network' | 'mailchimp') =>
  mergeSignups({ inputs, out: join(dir, out), ...(preset ? { preset } : {}) });

/** An "All fields" export of `records`, made by the kiosk's own export. */
async function allFieldsExport(name: string, records: SignupRecord[]): Promise<string> {
  const data = await dataDir(records);
  try {
    const { file: written } = await exportSignups({
      dataDir: data.dir,
      preset: 'all',
      since: 'everything',
      folder: dir,
      fileName: name,
    });
    return written;
  } finally {
    await data.remove();
  }
}

describe('merging kiosks', () => {
  it('removes exact duplicates by record id, from overlapping journals', async () => {
    const a = await journal('a.jsonl', [record(1), record(2), record(3)]);
    const b = await journal('b.jsonl', [record(3), record(4)]);
    const report = await merge([a, b]);
    expect(report).toMatchObject({ written: 4, duplicates: 1, conflicts: [], badLines: [] });
    expect(report.inputs).toEqual([
      { file: a, kind: 'journal', records: 3 },
      { file: b, kind: 'journal', records: 2 },
    ]);
    expect(await readJournalFile(report.file)).toEqual([record(1), record(2), record(3), record(4)]);
    expect((await stat(report.file)).mode & 0o777).toBe(0o600);
  });

  it('reports conflicting records (same id, different content) with both places, keeping the first', async () => {
    const changed = record(2, { fields: { ...record(2).fields, email: 'changed@example.org' } });
    const a = await journal('a.jsonl', [record(1), record(2)]);
    const b = await journal('b.jsonl', [record(5), changed]);
    const report = await merge([a, b]);
    expect(report.conflicts).toEqual([{ id: record(2).id, kept: `${a}:2`, other: `${b}:2` }]);
    expect((await readJournalFile(report.file)).map((r) => r.fields.email)).toEqual([
      'visitor1@example.org',
      'visitor2@example.org',
      'visitor5@example.org',
    ]);
  });

  it('reports, never drops, people who signed up twice by email or by phone', async () => {
    const again = record(10, {
      fields: {
        firstName: 'Visitor1',
        lastName: 'Again',
        email: 'VISITOR1@example.org',
        phone: '+13125550100',
      },
    });
    const samePhone = record(11, {
      fields: { firstName: 'Other', email: 'other@example.org', phone: '+13125550100' },
    });
    const a = await journal('a.jsonl', [record(1)]);
    const b = await journal('b.jsonl', [again, samePhone]);
    const report = await merge([a, b]);
    expect(report.written).toBe(3);
    const byEmail = report.samePerson.find((g) => g.by === 'email');
    expect(byEmail).toEqual({
      by: 'email',
      value: 'visitor1@example.org',
      records: [
        { id: record(1).id, at: `${a}:1`, name: 'Visitor1 Reyes-Álvarez', savedAt: record(1).savedAt },
        { id: again.id, at: `${b}:1`, name: 'Visitor1 Again', savedAt: again.savedAt },
      ],
    });
    expect(report.samePerson.find((g) => g.by === 'phone')?.records.map((r) => r.at)).toEqual([
      `${b}:1`,
      `${b}:2`,
    ]);
  });

  it('reads "All fields" exports back exactly, formula guards and awkward text included', async () => {
    const tricky = [
      '=1+1',
      "'=quoted",
      '+1+cmd',
      '-5',
      '@SUM(1)',
      '\t=x',
      '\r=y',
      'Ana, "la" María\r\nline 2',
      '😀 José',
    ];
    const records = tricky.map((text, i) =>
      record(i, {
        event: text,
        fields: {
          firstName: text,
          lastName: text,
          email: `p${i}@example.org`,
          phone: '+12025550143',
          role: text,
        },
        consent: { email: consent(true, text), sms: consent(false) },
      }),
    );
    const csv = await allFieldsExport('kiosk-2.csv', records);
    const report = await merge([csv]);
    expect(report.inputs).toEqual([{ file: csv, kind: 'all-fields', records: records.length }]);
    expect(await readJournalFile(report.file)).toEqual(records);
  });

  it('merges a journal with a CSV export into a CSV of any preset', async () => {
    const a = await journal('a.jsonl', [record(1), record(2, { consent: {} })]);
    const csv = await allFieldsExport('b.csv', [record(2, { consent: {} }), record(3)]);
    const all = await merge([a, csv], 'merged.csv');
    expect(all).toMatchObject({ written: 3, duplicates: 1 });
    const rows = parse<Record<string, string>>(await readFile(all.file), { bom: true, columns: true });
    expect(rows.map((r) => r.first_name)).toEqual(['Visitor1', 'Visitor2', 'Visitor3']);

    const mailchimp = await merge([a, csv], 'mailchimp.csv', 'mailchimp');
    expect(mailchimp).toMatchObject({ written: 2, leftOut: 1 });
    expect((await readFile(mailchimp.file, 'utf8')).split('\r\n')[0]).toBe(
      '\ufeffEmail Address,First Name,Last Name,Phone Number,Zip,Tags',
    );
  });

  it('skips and reports damaged journal lines by line number', async () => {
    const a = await file(
      'a.jsonl',
      `${journalText([record(1)])}\nnot a record\n${journalText([record(2)])}{"v":1,"id`,
    );
    const report = await merge([a]);
    expect(report.written).toBe(2);
    expect(report.badLines).toEqual([
      { at: `${a}:3`, why: 'not a signup record' },
      { at: `${a}:5`, why: 'the line was cut short' },
    ]);
  });

  it('takes a journal whose first line is damaged, reporting that line', async () => {
    const a = await file('a.jsonl', `{"v":1,"id":"cut\n${journalText([record(1)])}`);
    const report = await merge([a]);
    expect(report).toMatchObject({ written: 1, badLines: [{ at: `${a}:1`, why: 'not a signup record' }] });
  });

  it('never overwrites the output file', async () => {
    const a = await journal('a.jsonl', [record(1)]);
    await writeFile(join(dir, 'merged.jsonl'), 'keep');
    const report = await merge([a]);
    expect(report.file).toBe(join(dir, 'merged-2.jsonl'));
    expect(await readFile(join(dir, 'merged.jsonl'), 'utf8')).toBe('keep');
  });
});

describe('inputs that are neither a journal nor an "All fields" export', () => {
  const header =
    'id,saved_at,kiosk_id,event,lang,first_name,last_name,email,phone,workplace,role,zip,email_consent,email_consent_text_hash,email_consent_text,sms_consent,sms_consent_text_hash,sms_consent_text';
  const row = (n: number, consentCell = 'yes') =>
    `id-${n},2026-11-29T15:00:00.000-05:00,k,e,en,A,B,a${n}@example.org,,,,,${consentCell},abc,words,,,`;

  it.each([
    ['notes.txt', 'Call Ana back on Monday\n', 1, 'this line is not the header of an "All fields" export'],
    [
      'analytics.jsonl',
      '{"day":"2026-11-29","opens":3}\n{"day":"2026-11-30"}\n',
      1,
      'this line is not a signup record, nor are the lines after it',
    ],
    [
      'an.csv',
      '\ufefffirst_name,last_name,email,zip_code,phone_number,role,workplace,signup_event\r\nA,B,c@d.org,,,,,e\r\n',
      1,
      'this is an export for Action Network, which lacks the record ids and consent wording a merge needs',
    ],
    [
      'short-row.csv',
      `${header}\r\n${row(1)}\r\n${row(2)}\r\nid-3,2026\r\n`,
      4,
      'it has 2 cells where the header has 18',
    ],
    [
      'bad-consent.csv',
      `${header}\r\n${row(1)}\r\n${row(2, 'maybe')}\r\n`,
      3,
      'its email_consent is "maybe"',
    ],
    [
      'multi-line.csv',
      `${header}\r\n"id-1",2026,k,"two\r\nlines",en,,,,,,,,,,,,,\r\n${row(2, 'oui')}\r\n`,
      4,
      'oui',
    ],
    ['broken-quote.csv', `${header}\r\n${row(1)}\r\nid-2,"2026\r\n`, 3, 'a quote (") is not closed'],
    ['empty.csv', '', null, 'the file is empty'],
    [
      'book.csv',
      Buffer.from('PK\x03\x04rest-of-a-zip', 'latin1'),
      null,
      'spreadsheet workbook (.xlsx), not CSV',
    ],
  ])('refuses %s with its name and line, writing nothing', async (name, text, line, why) => {
    const good = await journal('good.jsonl', [record(1)]);
    const bad = await file(name, text);
    const error = merge([good, bad], 'out.csv');
    await expect(error).rejects.toMatchObject({ code: 'refused', file: bad, line });
    await expect(error).rejects.toThrow(`${bad}${line === null ? '' : `:${line}`}: `);
    await expect(error).rejects.toThrow(why);
    expect((await readdir(dir)).filter((f) => f.startsWith('out') || f.endsWith('.partial'))).toEqual([]);
  });

  it('refuses a file that is not there', async () => {
    await expect(merge([join(dir, 'nope.jsonl')])).rejects.toThrow(
      `${join(dir, 'nope.jsonl')}: there is no such file`,
    );
  });
});
