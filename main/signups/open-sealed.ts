import { armor } from 'age-encryption';
import type { Identities } from './identity';
import { isSealedRecord, looksLikeRecord } from './record-line';
import type { SealedRecord, SignupRecord } from './types';

/** Why a sealed record did not open. */
export type SealedRecordProblem = 'other-key' | 'damaged' | 'mismatch';

/** A sealed record that did not open; the message names the record so staff can find its line. */
export class SealedRecordError extends Error {
  override name = 'SealedRecordError';
  constructor(
    readonly recordId: string,
    readonly problem: SealedRecordProblem,
    detail: string,
  ) {
    super(`Signup ${recordId} could not be opened: ${detail}`);
  }
}

const WHY: Record<SealedRecordProblem, string> = {
  'other-key':
    'it was sealed to another key; none of the identities given opens it (check that this is the identity whose public key was in sealTo when it was saved).',
  damaged: 'its sealed part is damaged or cut short, so it cannot be read with any key.',
  mismatch: 'its sealed part belongs to another signup (the line was altered), so it is not trusted.',
};

function parseLine(line: string): SealedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = undefined;
  }
  if (!looksLikeRecord(value)) throw new Error('openSealedRecord: the line is not a journal record');
  if (!isSealedRecord(value)) throw new Error(`openSealedRecord: signup ${value.id} is not sealed`);
  return value;
}

/**
 * Opens a sealed record (or one journal line holding one) with the organizers' identities, and
 * answers the signup as it was saved. Throws a SealedRecordError naming the record when it was
 * sealed to another key, is damaged or cut short, or holds another record; the caller can then
 * go on with the other records. Nothing is written anywhere.
 */
export async function openSealedRecord(
  line: SealedRecord | string,
  identities: Identities,
): Promise<SignupRecord> {
  const record = typeof line === 'string' ? parseLine(line) : line;
  const fail = (problem: SealedRecordProblem) => new SealedRecordError(record.id, problem, WHY[problem]);
  let file: Uint8Array;
  try {
    if (typeof record.sealed !== 'string') throw new Error('not text');
    file = armor.decode(record.sealed);
  } catch {
    throw fail('damaged');
  }
  let text: string;
  try {
    text = await identities.decrypter.decrypt(file, 'text');
  } catch (error) {
    // age says so in these words when no key matched; anything else is a broken file.
    const otherKey = error instanceof Error && /no identity matched/.test(error.message);
    throw fail(otherKey ? 'other-key' : 'damaged');
  }
  let inner: unknown;
  try {
    inner = JSON.parse(text);
  } catch {
    throw fail('damaged');
  }
  if (!looksLikeRecord(inner) || isSealedRecord(inner)) throw fail('damaged');
  // The clear fields are not authenticated, the sealed part is: a sealed part moved onto another
  // line must not pass for that line's signup.
  if (inner.id !== record.id) throw fail('mismatch');
  return inner;
}
