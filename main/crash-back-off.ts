/**
 * When a crashed page (Electron's renderer) or browser (`--open`'s Chromium) comes back, as a pure
 * function of the recent crashes and the clock, so both hosts recover the same way and a test
 * needs no timer.
 */

/** Crashes older than this are forgotten: the kiosk has been fine since. */
export const CRASH_WINDOW_MS = 5 * 60_000;
/** This many crashes inside the window, and the kiosk says it is restarting instead of flickering. */
export const RESTARTING_AFTER = 3;
/** The first retry waits this long; each crash in the window doubles it, up to `MAX_DELAY_MS`. */
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 60_000;

/** What to do about the crash that just happened. */
export interface Recovery {
  /** The crash times to remember for the next crash: this one and those inside the window. */
  history: number[];
  /** How long to wait before bringing the page (or browser) back. */
  delayMs: number;
  /** True once crashes keep coming: show the calm "restarting" screen while waiting. */
  restarting: boolean;
}

/**
 * The recovery from a crash at `now`, given the times of earlier crashes. The delay doubles with
 * each crash in the last five minutes (1 s, 2 s, 4 s, ... up to a minute), and it never gives up.
 */
export function afterCrash(history: readonly number[], now: number): Recovery {
  const recent = [...history.filter((time) => now - time < CRASH_WINDOW_MS && time <= now), now];
  const doublings = Math.min(recent.length - 1, 16);
  return {
    history: recent,
    delayMs: Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS),
    restarting: recent.length >= RESTARTING_AFTER,
  };
}
