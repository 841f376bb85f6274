import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textHash } from '../../../../main/signups/record';
import type { JournalRecord, SignupRecord } from '../../../../main/signups/types';

const EMAIL_WORDS =
  'I agree that United We Heal and AFSCME may contact me about the campaign by email. My details stay on this kiosk until campaign staff collect them, and are never sold.';
const SMS_WORDS = 'I agree to get text messages about the campaign. Message and data rates may apply.';

/** A consent entry as the kiosk stores it. */
export const consent = (given: boolean, text = EMAIL_WORDS) => ({ given, text, textHash: textHash(text) });

/** A signup as the journal holds it, numbered; `overrides` replaces parts of it. */
export function record(
  n: number,
  overrides: Partial<Omit<SignupRecord, 'fields' | 'consent'>> & {
    fields?: SignupRecord['fields'];
    consent?: SignupRecord['consent'];
  } = {},
): SignupRecord {
  const seconds = String(n % 60).padStart(2, '0');
  return {
    v: 1,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    savedAt: `2026-11-29T15:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${seconds}.000-05:00`,
    kioskId: 'kiosk-1',
    event: 'Behavioral Health Conference 2026',
    lang: 'en',
    ...overrides,
    fields: overrides.fields ?? {
      firstName: `Visitor${n}`,
      lastName: 'Reyes-Álvarez',
      email: `visitor${n}@example.org`,
      phone: '+12025550143',
      workplace: 'Riverside Community Mental Health Center',
      role: 'Peer specialist',
      zip: '60614',
    },
    consent: overrides.consent ?? { email: consent(true), sms: consent(n % 2 === 0, SMS_WORDS) },
  };
}

/** Journal text: one compact JSON line per record, as the kiosk writes it. */
export const journalText = (records: JournalRecord[]) =>
  records.map((r) => `${JSON.stringify(r)}\n`).join('');

/** A temporary data folder holding a journal of `records` (or of raw `text`). */
export async function dataDir(records: JournalRecord[] | string = []): Promise<{
  dir: string;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-export-'));
  await writeFile(join(dir, 'signups.jsonl'), typeof records === 'string' ? records : journalText(records), {
    mode: 0o600,
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
