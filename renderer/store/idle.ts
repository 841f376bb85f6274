import type { IdleTimes } from '../../main/api';
import type { Session } from './session';

/** How long the thank-you screen stays before the kiosk starts over by itself, without a warning. */
export const THANKS_MS = 8000;

/** How a visitor's quiet time runs out on one screen: quiet for `quietMs`, then warned for `warningMs`. */
export interface IdleLimit {
  quietMs: number;
  warningMs: number;
}

/**
 * The limit on the screen the visitor is on: browsing and the form each have their own, the
 * thank-you screen ends by itself, and the attract loop never times out.
 */
export const idleLimit = (session: Session, times: IdleTimes): IdleLimit | null => {
  switch (session.screen.name) {
    case 'attract':
      return null;
    case 'thanks':
      return { quietMs: THANKS_MS, warningMs: 0 };
    case 'signup':
      return { quietMs: times.formSeconds * 1000, warningMs: times.warningSeconds * 1000 };
    default:
      return { quietMs: times.browseSeconds * 1000, warningMs: times.warningSeconds * 1000 };
  }
};

/** True when the visitor has walked away: quiet through the screen's limit and its warning. */
export const isIdle = (session: Session, now: number, times: IdleTimes): boolean => {
  const limit = idleLimit(session, times);
  return limit !== null && now - session.lastActivity >= limit.quietMs + limit.warningMs;
};

/** Whole seconds left before the kiosk starts over while "Are you still there?" asks; null otherwise. */
export const idleWarning = (session: Session, now: number, times: IdleTimes): number | null => {
  const limit = idleLimit(session, times);
  if (!limit || limit.warningMs === 0) return null;
  const quiet = now - session.lastActivity;
  if (quiet < limit.quietMs || quiet >= limit.quietMs + limit.warningMs) return null;
  return Math.ceil((limit.quietMs + limit.warningMs - quiet) / 1000);
};

/**
 * When what `isIdle` and `idleWarning` say next changes: the warning appearing, each second of its
 * countdown, the reset. Null on the attract loop, where nothing times out, and once reset is due. One timer set to this
 * replaces a clock ticking every second for nothing.
 */
export const nextIdleChange = (session: Session, now: number, times: IdleTimes): number | null => {
  const limit = idleLimit(session, times);
  if (!limit) return null;
  const warnAt = session.lastActivity + limit.quietMs;
  const resetAt = warnAt + limit.warningMs;
  if (now < warnAt) return warnAt;
  // Past the reset the kiosk is already starting over; nothing more to wait for.
  if (now >= resetAt) return null;
  // The countdown shows whole seconds: the next change is the next whole second before the reset.
  return resetAt - Math.floor((resetAt - now - 1) / 1000) * 1000;
};
