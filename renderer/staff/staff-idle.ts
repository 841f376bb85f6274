/** Staff mode locks itself after this long without a touch (main's session ends after as long without a call). */
export const STAFF_IDLE_MS = 2 * 60_000;
/** While staff touch the screen, main's session is kept open by a call at most this often. */
export const KEEP_ALIVE_MS = 30_000;

/** True once staff mode has gone STAFF_IDLE_MS without a touch. */
export const staffExpired = (lastTouch: number, now: number): boolean => now - lastTouch >= STAFF_IDLE_MS;
