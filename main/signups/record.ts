import { createHash, randomUUID } from 'node:crypto';
import type { SignupForm } from './form-config';
import type { ConsentRecord, ConsentChannel, SignupFieldName, SignupRecord } from './types';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * ISO 8601 in the kiosk's local time with its offset (2026-11-29T16:53:56.123-05:00): staff read
 * the hour of a signup as the clock at the table showed it, and the instant stays exact.
 */
export function localIsoTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `.${pad(date.getMilliseconds(), 3)}${zone}`
  );
}

/** First 16 hex characters of the SHA-256 of a consent wording: which version a visitor agreed to. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** What goes into a record besides the visitor's answers. */
export interface RecordContext {
  kioskId: string;
  event: string;
  lang: string;
  savedAt: Date;
  /** Reused when a failed save is retried, so a line that reached the disk anyway can be told apart. */
  id?: string;
}

/**
 * The record of one signup. Consent has an entry for every channel the form offers, ticked or
 * not, with the exact words the visitor saw in their language.
 */
export function buildRecord(
  fields: Partial<Record<SignupFieldName, string>>,
  ticked: Partial<Record<ConsentChannel, unknown>>,
  form: SignupForm,
  context: RecordContext,
): SignupRecord {
  const consent: Partial<Record<ConsentChannel, ConsentRecord>> = {};
  for (const { channel, text } of form.consent) {
    consent[channel] = { given: ticked[channel] === true, text, textHash: textHash(text) };
  }
  // v, id and savedAt first: a reader can tell a record from its first bytes.
  return {
    v: 1,
    id: context.id ?? randomUUID(),
    savedAt: localIsoTime(context.savedAt),
    kioskId: context.kioskId,
    event: context.event,
    lang: context.lang,
    fields,
    consent,
  };
}
