import type { KioskFile } from './kiosk-schema';
import type { IdleTimes } from './types';

/** Quiet seconds on the questions and answers before "Are you still there?", unless the content says. */
export const DEFAULT_BROWSE_SECONDS = 45;
/** The same on the signup form, where typing takes longer. */
export const DEFAULT_FORM_SECONDS = 120;
/** The least time a visitor gets to answer "Are you still there?" (WCAG 2.2.1, Timing Adjustable). */
export const LEAST_WARNING_SECONDS = 20;

/**
 * The kiosk's waits from `idle` in kiosk.yaml. `resetSeconds`, the older setting, counted the
 * whole wait warning included and applied to every screen: a screen without its own setting keeps
 * that total, so content written before keeps behaving as it did.
 */
export function idleTimes(idle: KioskFile['idle']): IdleTimes {
  const warningSeconds = Math.max(idle.warningSeconds, LEAST_WARNING_SECONDS);
  const older = idle.resetSeconds === undefined ? undefined : Math.max(1, idle.resetSeconds - warningSeconds);
  return {
    slideSeconds: idle.slideSeconds,
    warningSeconds,
    browseSeconds: idle.browseSeconds ?? older ?? DEFAULT_BROWSE_SECONDS,
    formSeconds: idle.formSeconds ?? older ?? DEFAULT_FORM_SECONDS,
  };
}
