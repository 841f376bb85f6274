/**
 * The PIN pad's lockout, as pure functions of (failures, now): five wrong PINs lock the pad for a
 * minute, and each further wrong PIN doubles the wait. The state is kept in settings.json, so
 * restarting the kiosk does not clear it.
 */

/** Wrong PINs in a row, and until when (epoch ms) the pad takes none; null when it is open. */
export interface Lockout {
  failures: number;
  until: number | null;
}

/** Wrong PINs allowed before the pad locks. */
export const FREE_TRIES = 5;
const FIRST_LOCK_MS = 60_000;
// A prank at the table must not lock staff out for days: past a day, the wait stops growing.
const MAX_LOCK_MS = 24 * 60 * 60_000;

/** No failures, no lock. */
export const OPEN: Lockout = { failures: 0, until: null };

/** How long the pad locks after the `failures`-th wrong PIN in a row (0 while tries are left). */
export function lockMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** Math.min(failures - FREE_TRIES, 20), MAX_LOCK_MS);
}

/**
 * Milliseconds until the pad takes a PIN again. A clock set back never lengthens a lock past its
 * own length: the wait is at most what the last failure earned.
 */
export function lockedFor(lockout: Lockout, now: number): number {
  if (lockout.until === null) return 0;
  return Math.max(0, Math.min(lockout.until - now, lockMs(lockout.failures)));
}

/** The lockout after one more wrong PIN at `now`. */
export function afterFailure(lockout: Lockout, now: number): Lockout {
  const failures = lockout.failures + 1;
  const wait = lockMs(failures);
  return { failures, until: wait > 0 ? now + wait : null };
}

/** Tries left before the pad locks. */
export const triesLeft = (lockout: Lockout): number => Math.max(0, FREE_TRIES - lockout.failures);
