/** Taps on the hidden corner that open the PIN pad, and within how long. */
export const CORNER_TAPS = 5;
export const CORNER_WINDOW_MS = 3000;
/** The corner's size in CSS pixels, each way, from the top-left of the screen. */
export const CORNER_PX = 80;

/**
 * One more tap on the hidden corner at `now`: the taps still inside the window, and whether this
 * one was the fifth within three seconds (the taps then start over). A pure function of
 * (taps, now), so the rule is tested without a DOM.
 */
export function cornerTap(taps: readonly number[], now: number): { taps: number[]; open: boolean } {
  const recent = [...taps.filter((at) => now - at < CORNER_WINDOW_MS && at <= now), now];
  return recent.length >= CORNER_TAPS ? { taps: [], open: true } : { taps: recent, open: false };
}
