import { Encrypter } from 'age-encryption';
import { z } from 'zod';

// age's X25519 recipients: "age1" then 58 bech32 characters (32 bytes and a checksum). The
// post-quantum kinds (age1pq1..., age1tag...) are left out: the age 1.1 of Debian and Ubuntu, the
// organizers' likeliest copy of the reference tool, cannot open them.
const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/**
 * What is wrong with one `sealTo` entry, in words for an organizer, or null when it is an age
 * X25519 public key whose checksum holds. The message never repeats a private key.
 */
export function recipientProblem(text: string): string | null {
  if (/^AGE-SECRET-KEY-/i.test(text.trim())) {
    return 'is a private key (AGE-SECRET-KEY-...), which must never be in the content: delete it now, and treat that key as seen by others (make a new one with npm run keys). sealTo takes the public key, age1..., that npm run keys prints';
  }
  if (/^age1(pq|tag)/.test(text)) {
    return 'is a post-quantum or tag key, which the kiosk does not take (the age tool most people have cannot open it); make a key with npm run keys or age-keygen';
  }
  if (X25519_RECIPIENT.test(text)) {
    try {
      new Encrypter().addRecipient(text); // checks the bech32 checksum: a mistyped letter fails here
      return null;
    } catch {
      // falls through to the message below
    }
  }
  return 'is not an age public key: it should be "age1" then 58 lower-case letters and digits, as npm run keys or age-keygen print it; check it was copied whole';
}

const recipient = z
  .string({ error: 'must be an age public key (age1...), as npm run keys prints it' })
  .superRefine((text, context) => {
    const problem = recipientProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/**
 * `sealTo` of the signup group: the age public keys every signup is sealed to, so that only the
 * holders of the matching identities can read the journal. Public keys are safe to ship.
 */
export const sealToSchema = z.array(recipient, {
  error: 'must be a list of age public keys, each on its own line starting with "- age1"',
});
