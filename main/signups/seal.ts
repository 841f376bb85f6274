import { Encrypter } from 'age-encryption';
import type { SealedRecord, SignupRecord } from './types';

/** Makes sealed records for one list of age recipients. */
export interface Sealer {
  /** The record sealed; nothing of it leaves memory in clear. */
  seal(record: SignupRecord): Promise<SealedRecord>;
  /**
   * Makes the next signup's encryption ready ahead of time; call it when the kiosk is idle (after
   * answering the visitor). Without it, `seal` does the whole work itself, just more slowly.
   */
  prepare(): void;
}

/** One age encryption whose header (file key wrapped to every recipient) is made; only the text is missing. */
interface Prepared {
  input: ReadableStreamDefaultController<Uint8Array>;
  output: ReadableStream<Uint8Array>;
}

// The costly part of an age file is the X25519 work of its header, which does not depend on the
// text: age-encryption makes it when given a stream, before the stream has any data. So a sealer
// keeps one encryption prepared, made while the kiosk waits for the next visitor, and a signup
// costs only the symmetric encryption of its own bytes. Each prepared one is used once.
async function prepare(encrypter: Encrypter): Promise<Prepared> {
  let input!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (controller) => void (input = controller) });
  return { input, output: await encrypter.encrypt(stream) };
}

async function finish({ input, output }: Prepared, text: string): Promise<Buffer> {
  input.enqueue(Buffer.from(text, 'utf8'));
  input.close();
  const chunks: Uint8Array[] = [];
  const reader = output.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value);
  return Buffer.concat(chunks);
}

/**
 * age's ASCII armor (the library's `armor.encode`, byte for byte): the file in base64, 64
 * characters a line, between fixed first and last lines. Node's own base64 makes it several
 * times faster than the library's, which counts on a kiosk that seals at every signup.
 */
export function armorAge(file: Buffer): string {
  const base64 = file.toString('base64');
  const lines = ['-----BEGIN AGE ENCRYPTED FILE-----'];
  for (let at = 0; at < base64.length; at += 64) lines.push(base64.slice(at, at + 64));
  lines.push('-----END AGE ENCRYPTED FILE-----', '');
  return lines.join('\n');
}

/**
 * A sealer for `recipients` (age public keys, `age1...`): each record becomes a SealedRecord whose
 * `sealed` is the whole record as an armored age file, which `age -d -i KEY` opens as it is.
 * Throws at once when a recipient is not a valid age key, so nothing is ever written in clear
 * because of a bad key. Encryption happens in memory: no temporary file ever holds the record.
 */
export function createSealer(recipients: readonly string[]): Sealer {
  if (recipients.length === 0) throw new Error('sealing needs at least one age public key');
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  let next: Promise<Prepared> | null = null;
  const sealer: Sealer = {
    prepare() {
      if (next) return;
      next = prepare(encrypter);
      next.catch(() => {}); // a failure shows when the next signup takes it
    },
    async seal(record) {
      // Taken before any await, so two signups sealed at once never share an encryption.
      const ready = next ?? prepare(encrypter);
      next = null;
      const file = await finish(await ready, JSON.stringify(record));
      // The fields kept in clear are exactly those counts and the dashboard need, in the journal's
      // usual order (v, id, savedAt first), so the open-time line check takes its fast path.
      return {
        v: 1,
        id: record.id,
        savedAt: record.savedAt,
        kioskId: record.kioskId,
        event: record.event,
        lang: record.lang,
        sealed: armorAge(file),
      };
    },
  };
  sealer.prepare();
  return sealer;
}

/**
 * Answers the sealer for a list of keys, reusing the last one while the list stays the same: the
 * content can change while the kiosk runs, and each signup then costs no key parsing.
 */
export function sealerCache(): (recipients: readonly string[]) => Sealer {
  let cached: { key: string; sealer: Sealer } | null = null;
  return (recipients) => {
    const key = recipients.join('\n');
    if (cached?.key !== key) cached = { key, sealer: createSealer(recipients) };
    return cached.sealer;
  };
}
