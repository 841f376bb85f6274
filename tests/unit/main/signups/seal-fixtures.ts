import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIdentities, type Identities } from '../../../../main/signups/identity';
import { openSealedRecord } from '../../../../main/signups/open-sealed';
import { readJournal } from '../../../../main/signups/read-journal';
import type { SignupRecord } from '../../../../main/signups/types';

export { plaintextFound } from '../../../support/plaintext-search';

/** An identity made by the reference tool, `age-keygen`. */
export interface Key {
  file: string;
  recipient: string;
  identities: Identities;
}

/** Makes an identity with `age-keygen -o FILE` in `dir`. */
export function ageKeygen(dir: string, name = 'key.txt'): Key {
  const file = join(dir, name);
  execFileSync('age-keygen', ['-o', file], { stdio: 'pipe' });
  const recipient = execFileSync('age-keygen', ['-y', file], { encoding: 'utf8' }).trim();
  return { file, recipient, identities: parseIdentities(readFileSync(file, 'utf8'), file) };
}

/** Decrypts an armored age file with the reference tool: `age -d -i IDENTITY`. */
export const ageDecrypt = (armored: string, identityFile: string): string =>
  execFileSync('age', ['-d', '-i', identityFile], { input: armored, encoding: 'utf8', stdio: 'pipe' });

/** Every record of the journal in `dataDir`, sealed ones opened with `identities`; throws on a bad line. */
export async function openedRecords(dataDir: string, identities: Identities): Promise<SignupRecord[]> {
  const records: SignupRecord[] = [];
  for await (const entry of readJournal(join(dataDir, 'signups.jsonl'))) {
    if ('bad' in entry) throw new Error(`a bad line at byte ${entry.offset}`);
    records.push('sealed' in entry ? await openSealedRecord(entry.sealed, identities) : entry.record);
  }
  return records;
}
