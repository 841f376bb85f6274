/**
 * The signup data as it travels: what the renderer submits, what main answers, and the record
 * kept on disk. The API contract re-exports these, so both sides share one definition.
 */

import type { ConsentChannel, SignupFieldName } from '../content/types';

// One definition of the field names and channels: the content schema's.
export type { ConsentChannel, SignupFieldName };

/** What the renderer sends: raw text as typed, and per channel whether its box was ticked. */
export interface SignupSubmission {
  lang: string;
  fields: Partial<Record<SignupFieldName, string>>;
  consent: Partial<Record<ConsentChannel, boolean>>;
  /** A random id the form makes once per visitor; a retry of the same form reuses it. */
  attempt: string;
}

/** Problems per field, in the visitor's language; `form` is for problems of no single field. */
export type FieldErrors = Partial<Record<SignupFieldName | 'form', string>>;

/** Main's answer to a submit. */
export type SubmitResult =
  { status: 'saved' } | { status: 'invalid'; errors: FieldErrors } | { status: 'not-saved'; message: string }; // disk failure, in the visitor's language

/** What staff see about signups. */
export interface SignupStatus {
  count: number;
  /** Why the last save failed, for staff (English); null when saving works. */
  problem: string | null;
}

/** One channel's answer, with the exact wording the visitor saw. */
export interface ConsentRecord {
  given: boolean;
  text: string;
  /** first 16 hex chars of sha256 of `text` */
  textHash: string;
}

/** One signup in clear: a journal line of a kiosk that does not seal, and what a sealed line opens to. */
export interface SignupRecord {
  v: 1;
  id: string /* crypto.randomUUID() */;
  savedAt: string /* ISO 8601 with local offset, e.g. 2026-11-29T16:53:56.123-05:00 */;
  kioskId: string;
  event: string;
  lang: string;
  fields: Partial<Record<SignupFieldName, string>>; // normalised
  consent: Partial<Record<ConsentChannel, ConsentRecord>>;
}

/**
 * One signup sealed to the organizers' age keys: only what counting needs stays in clear; the
 * whole SignupRecord (same id) is inside `sealed`, an ASCII-armored age file.
 */
export interface SealedRecord {
  v: 1;
  id: string;
  savedAt: string;
  kioskId: string;
  event: string;
  lang: string;
  sealed: string /* -----BEGIN AGE ENCRYPTED FILE----- ... */;
}

/** One line of the journal: a signup in clear, or sealed. */
export type JournalRecord = SignupRecord | SealedRecord;
