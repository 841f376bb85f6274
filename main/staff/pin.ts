import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The fewest digits a staff PIN may have. */
export const PIN_MIN_DIGITS = 6;
/** The most: long enough for anyone, short enough that a pad can show it. */
export const PIN_MAX_DIGITS = 12;

/** A PIN as settings.json keeps it: scrypt's hash and its salt, with the cost it was made at. */
export interface PinHash {
  algorithm: 'scrypt';
  /** scrypt's cost parameters, kept so a later version can raise them and still check old PINs. */
  N: number;
  r: number;
  p: number;
  salt: string /* base64, 16 bytes */;
  hash: string /* base64, 32 bytes */;
}

// OWASP's floor for scrypt is N=2^17 with r=8; 2^15 costs about 100 ms on a kiosk laptop, which
// with the lockout after five tries keeps guessing a six-digit PIN far out of reach.
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

/** True for a PIN staff may choose: digits only, from PIN_MIN_DIGITS to PIN_MAX_DIGITS of them. */
export function isValidPin(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`).test(pin);
}

function derive(pin: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default ceiling is exactly 32 MiB, so leave room.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Hashes a PIN with a fresh random salt. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, COST);
  return { algorithm: 'scrypt', ...COST, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** True when `pin` is the one `stored` was made from; compares in constant time. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
