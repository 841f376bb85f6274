/** How long staff mode stays unlocked without a staff call. */
export const STAFF_IDLE_MS = 2 * 60_000;

/**
 * The staff session, held in main: "unlocked until T". The renderer never holds a token or a
 * flag main believes; every staff call asks this, and each one that passes keeps it open longer.
 */
export interface StaffSession {
  /** True while unlocked; a true answer also pushes the expiry `STAFF_IDLE_MS` further. */
  check(): boolean;
  /** True while unlocked, without keeping the session open. */
  peek(): boolean;
  unlock(): void;
  lock(): void;
}

/** A locked session; `now` is the seam tests move. */
export function createStaffSession(now: () => number = Date.now, idleMs = STAFF_IDLE_MS): StaffSession {
  let until = 0;
  const open = () => now() < until;
  return {
    check() {
      if (!open()) return false;
      until = now() + idleMs;
      return true;
    },
    peek: open,
    unlock() {
      until = now() + idleMs;
    },
    lock() {
      until = 0;
    },
  };
}
