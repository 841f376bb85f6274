/** Where a visitor is. */
export type Screen =
  | { name: 'attract' }
  | { name: 'questions' }
  | { name: 'answer'; id: string }
  | { name: 'signup' }
  | { name: 'thanks' };

/** How long the thank-you screen stays before the kiosk starts over by itself. */
export const THANKS_MS = 8000;

/** One visitor's session: the screen, the language chosen, and when they last touched the kiosk. */
export interface Session {
  screen: Screen;
  /** The visitor's language; null means the content's default. */
  lang: string | null;
  lastActivity: number;
  /** When the attract loop started, so slides advance as a pure function of the clock. */
  attractSince: number;
}

// Each visitor action is a pure function from one session to the next, easy to test without a DOM.

/** The session the kiosk returns to between visitors. */
export const attract = (now: number): Session => ({
  screen: { name: 'attract' },
  lang: null,
  lastActivity: now,
  attractSince: now,
});

export const start = (session: Session, now: number): Session => ({
  ...session,
  screen: { name: 'questions' },
  lastActivity: now,
});

export const openQuestion = (session: Session, id: string, now: number): Session => ({
  ...session,
  screen: { name: 'answer', id },
  lastActivity: now,
});

/** The signup form, from any screen (the attract loop included). */
export const openSignup = (session: Session, now: number): Session => ({
  ...session,
  screen: { name: 'signup' },
  lastActivity: now,
});

/** Thanks a visitor whose signup main has saved. */
export const thank = (session: Session, now: number): Session => ({
  ...session,
  screen: { name: 'thanks' },
  lastActivity: now,
});

/** From an answer or the form, back to the questions; from anywhere else, to the attract loop. */
export const back = (session: Session, now: number): Session => ({
  ...session,
  screen:
    session.screen.name === 'answer' || session.screen.name === 'signup'
      ? { name: 'questions' }
      : { name: 'attract' },
  lastActivity: now,
});

export const chooseLanguage = (session: Session, lang: string, now: number): Session => ({
  ...session,
  lang,
  lastActivity: now,
});

/**
 * True when the visitor has walked away: no touch for `resetMs` outside the attract loop. The
 * thank-you screen is done sooner, after `THANKS_MS`, so the next visitor finds the loop.
 */
export const isIdle = (session: Session, now: number, resetMs: number): boolean =>
  session.screen.name !== 'attract' &&
  now - session.lastActivity >= (session.screen.name === 'thanks' ? Math.min(resetMs, THANKS_MS) : resetMs);

/**
 * Whole seconds left before the kiosk starts over, while that is `warningMs` or less, so the
 * visitor can be warned; null when no warning is due (or on the attract loop and the thank-you screen).
 */
export const idleWarning = (
  session: Session,
  now: number,
  resetMs: number,
  warningMs: number,
): number | null => {
  if (session.screen.name === 'attract' || session.screen.name === 'thanks') return null;
  const left = resetMs - (now - session.lastActivity);
  return left <= warningMs && left > 0 ? Math.ceil(left / 1000) : null;
};

/** Which attract slide shows at `now`. */
export const slideIndex = (session: Session, now: number, slideMs: number, count: number): number =>
  count === 0 ? 0 : Math.floor(Math.max(0, now - session.attractSince) / slideMs) % count;
