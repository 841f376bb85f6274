import type { Identities } from '../signups/identity';
import { openSealedRecord, SealedRecordError } from '../signups/open-sealed';
import { isSealedRecord } from '../signups/record-line';
import type { JournalRecord, SignupRecord } from '../signups/types';

/** A record that could not be read: sealed without the key at hand, or sealed and damaged. */
export interface Unreadable {
  id: string;
  /** Why, in plain words. */
  why: string;
}

/**
 * The signup a journal record holds: itself when in clear, opened with the organizers'
 * `identities` when sealed. A sealed record without identities, or one that does not open, is
 * answered as Unreadable, so the caller can go on with the others.
 */
export async function openRecord(
  record: JournalRecord,
  identities: Identities | null,
): Promise<SignupRecord | { unreadable: Unreadable }> {
  if (!isSealedRecord(record)) return record;
  if (!identities) {
    const why = "it is sealed, and only the organizers' identity file opens it";
    return { unreadable: { id: record.id, why } };
  }
  try {
    return await openSealedRecord(record, identities);
  } catch (error) {
    if (!(error instanceof SealedRecordError)) throw error;
    return { unreadable: { id: record.id, why: error.message } };
  }
}
