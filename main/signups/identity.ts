import { readFile } from 'node:fs/promises';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

/** The organizers' private keys, ready to open sealed records. Never made on the kiosk itself. */
export interface Identities {
  /** How many keys the file held. */
  readonly count: number;
  /** Opens an age file with any of the keys. */
  readonly decrypter: Decrypter;
}

/** An identity file that cannot be used; the message says why without repeating any key. */
export class IdentityError extends Error {
  override name = 'IdentityError';
}

/**
 * Reads an identity file as `age-keygen` and `npm run keys` write it: `#` comments, blank lines,
 * and one `AGE-SECRET-KEY-1...` per line. `source` names the file in messages.
 */
export function parseIdentities(text: string, source: string): Identities {
  if (/^(-----BEGIN AGE ENCRYPTED FILE-----|age-encryption\.org\/)/.test(text.trimStart())) {
    throw new IdentityError(
      `${source} is itself encrypted (a passphrase-protected identity): decrypt it first with age -d, into a file only you can read.`,
    );
  }
  const decrypter = new Decrypter();
  let count = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      if (!line.startsWith('AGE-SECRET-KEY-')) throw new Error('not a key');
      decrypter.addIdentity(line);
      count++;
    } catch {
      // The line may be a key with a typo: it is never shown.
      throw new IdentityError(
        `Line ${index + 1} of ${source} is not an age private key (AGE-SECRET-KEY-1...): give the identity file that npm run keys or age-keygen wrote, not the public key.`,
      );
    }
  });
  if (count === 0) {
    throw new IdentityError(`${source} holds no age private key (a line starting AGE-SECRET-KEY-1).`);
  }
  return { count, decrypter };
}

/** Reads and parses the identity file at `path`. */
export async function readIdentityFile(path: string): Promise<Identities> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new IdentityError(`Cannot read the identity file ${path} (${code}).`);
  }
  return parseIdentities(text, path);
}

/** A new identity, in the file format of `age-keygen`, and the public key to put in `sealTo`. */
export async function newIdentity(now = new Date()): Promise<{ file: string; recipient: string }> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const created = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { file: `# created: ${created}\n# public key: ${recipient}\n${identity}\n`, recipient };
}

/** The public keys (age1...) of the keys in an identity file's text, for `sealTo`. */
export async function recipientsOf(text: string, source: string): Promise<string[]> {
  parseIdentities(text, source); // the same checks and messages as for opening
  const keys = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('AGE-SECRET-KEY-'));
  return Promise.all(keys.map((key) => identityToRecipient(key)));
}
