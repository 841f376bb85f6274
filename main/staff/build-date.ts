// Set by scripts/build.mjs (esbuild's `define`) to the time of the build, or SOURCE_DATE_EPOCH's
// for a reproducible build; absent when the source runs unbuilt (unit tests).
declare const __KIOSK_BUILT_AT__: string | undefined;

// A floor for unbuilt source: the day this check was written. A clock before it is wrong for sure.
const WRITTEN = '2026-11-29T00:00:00Z';

/**
 * The earliest the clock can plausibly read: when this copy of the kiosk was built. A kiosk whose
 * clock is before that (a flat CMOS battery, a laptop reset to 2001) stamps signups and exports
 * with the wrong day.
 */
export function builtAt(): Date {
  const stamp = typeof __KIOSK_BUILT_AT__ === 'string' ? __KIOSK_BUILT_AT__ : WRITTEN;
  const date = new Date(stamp);
  return Number.isNaN(date.getTime()) ? new Date(WRITTEN) : date;
}
