import type { AnalyticsEvent } from '../../main/api';
import type { Screen, Session } from '../store/session';

/** What the reporter remembers of the visit under way: whether an answer was read yet. */
export interface Visit {
  readAnswer: boolean;
}

/** What a move of the session is read from. */
export interface Move {
  before: Session;
  after: Session;
  now: number;
  /** The content's default language, for a visitor who has not chosen one. */
  defaultLang: string;
  /** True while staff mode is open: its own moves of the session are not a visitor's. */
  staff: boolean;
}

// A reset nobody touched the screen for: a tap on "Home" touches the session the moment before.
const UNTOUCHED_MS = 1000;

const is = (screen: Screen, name: Screen['name']) => screen.name === name;

/**
 * The visit events one move of the session stands for, and the visit after it: a pure function,
 * so what is counted is tested without a DOM. Only event names, a language and a question id
 * come out; nothing a visitor typed is ever in a Session to begin with.
 */
export function visitEvents(move: Move, visit: Visit): { events: AnalyticsEvent[]; visit: Visit } {
  const { before, after, now, defaultLang, staff } = move;
  const events: AnalyticsEvent[] = [];
  // The language the visitor was using: on the way back to the loop, the one they had.
  const lang = (is(after.screen, 'attract') ? before.lang : after.lang) ?? defaultLang;
  let next = visit;
  if (is(before.screen, 'attract') && !is(after.screen, 'attract')) {
    events.push({ event: 'wake', lang });
    next = { readAnswer: false };
  }
  if (
    after.screen.name === 'answer' &&
    (before.screen.name !== 'answer' || before.screen.id !== after.screen.id)
  ) {
    events.push({ event: 'question-open', lang, question: after.screen.id, firstInVisit: !next.readAnswer });
    next = { readAnswer: true };
  }
  if (is(after.screen, 'signup') && !is(before.screen, 'signup'))
    events.push({ event: 'signup-started', lang });
  if (is(before.screen, 'signup') && !is(after.screen, 'signup')) {
    events.push(
      is(after.screen, 'thanks')
        ? { event: 'signup-completed', lang, afterAnswer: next.readAnswer }
        : { event: 'signup-abandoned', lang },
    );
  }
  const walkedAway =
    is(after.screen, 'attract') &&
    !is(before.screen, 'attract') &&
    !is(before.screen, 'thanks') &&
    now - before.lastActivity >= UNTOUCHED_MS;
  if (walkedAway && !staff) events.push({ event: 'idle-reset', lang });
  return { events, visit: next };
}
