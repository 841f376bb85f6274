/** Where a visitor is. `from` says which way an answer was reached, for its transition. */
export type Screen =
  | { name: 'attract' }
  | { name: 'questions' }
  | { name: 'answer'; id: string; from?: 'next' | 'previous' }
  | { name: 'signup' }
  | { name: 'thanks' };

/** One visitor's session: the screen, their choices, and when they last touched the kiosk. */
export interface Session {
  screen: Screen;
  /** The visitor's language; null means the content's default. */
  lang: string | null;
  /** Whether the visitor asked for larger text. */
  largerText: boolean;
  lastActivity: number;
  /** When the attract loop started, so slides advance as a pure function of the clock. */
  attractSince: number;
}

// Each visitor action is a pure function from one session to the next, easy to test without a DOM.

/** The session the kiosk returns to between visitors: nothing of the last visitor is kept. */
export const attract = (now: number): Session => ({
  screen: { name: 'attract' },
  lang: null,
  largerText: false,
  lastActivity: now,
  attractSince: now,
});

const go = (session: Session, screen: Screen, now: number): Session => ({
  ...session,
  screen,
  lastActivity: now,
});

export const start = (session: Session, now: number): Session => go(session, { name: 'questions' }, now);

export const openQuestion = (session: Session, id: string, now: number): Session =>
  go(session, { name: 'answer', id }, now);

/**
 * The answer `by` places after (or before) the one on screen, in the order `ids` lists them; the
 * same session at either end, so a swipe past the last answer does nothing.
 */
export const step = (session: Session, ids: readonly string[], by: 1 | -1, now: number): Session => {
  if (session.screen.name !== 'answer') return session;
  const id = ids[ids.indexOf(session.screen.id) + by];
  if (id === undefined || !ids.includes(session.screen.id)) return session;
  return go(session, { name: 'answer', id, from: by === 1 ? 'next' : 'previous' }, now);
};

/** Where an answer stands among all of them, counted from 1, as "3 of 10". */
export const position = (ids: readonly string[], id: string): { number: number; total: number } => ({
  number: ids.indexOf(id) + 1,
  total: ids.length,
});

/** The signup form, from any screen (the attract loop included). */
export const openSignup = (session: Session, now: number): Session => go(session, { name: 'signup' }, now);

/** Thanks a visitor whose signup main has saved. */
export const thank = (session: Session, now: number): Session => go(session, { name: 'thanks' }, now);

/** From an answer or the form, back to the questions; from anywhere else, to the attract loop. */
export const back = (session: Session, now: number): Session =>
  go(
    session,
    session.screen.name === 'answer' || session.screen.name === 'signup'
      ? { name: 'questions' }
      : { name: 'attract' },
    now,
  );

export const chooseLanguage = (session: Session, lang: string, now: number): Session => ({
  ...session,
  lang,
  lastActivity: now,
});

export const toggleLargerText = (session: Session, now: number): Session => ({
  ...session,
  largerText: !session.largerText,
  lastActivity: now,
});

/** How often activity is written down: more often would redraw for nothing while a finger scrolls. */
export const ACTIVITY_GRAIN_MS = 250;

/** A touch, a key, a scroll: the visitor is still here. The same session when nothing would change. */
export const touch = (session: Session, now: number): Session =>
  session.screen.name === 'attract' || now - session.lastActivity < ACTIVITY_GRAIN_MS
    ? session
    : { ...session, lastActivity: now };

/**
 * Where the attract loop stands at `now`, for a loop that started at `since` whose slides last
 * `slideMs` each (in order): the slide on show, and when it turns. Null with no slide to show.
 */
function loopAt(
  since: number,
  now: number,
  slideMs: readonly number[],
): { index: number; endsAt: number } | null {
  const round = slideMs.reduce((sum, ms) => sum + ms, 0);
  if (round <= 0) return null;
  const elapsed = Math.max(0, now - since);
  let end = since + Math.floor(elapsed / round) * round;
  for (const [index, ms] of slideMs.entries()) {
    end += ms;
    if (end > since + elapsed) return { index, endsAt: end };
  }
  return null;
}

/** Which attract slide shows at `now`, for a loop that started at `since`, each slide for its own time. */
export const slideIndex = (since: number, now: number, slideMs: readonly number[]): number =>
  loopAt(since, now, slideMs)?.index ?? 0;

/** When the next slide comes up, for the one timer the attract loop needs; null when nothing turns. */
export const nextSlideAt = (since: number, now: number, slideMs: readonly number[]): number | null =>
  slideMs.length > 1 ? (loopAt(since, now, slideMs)?.endsAt ?? null) : null;
