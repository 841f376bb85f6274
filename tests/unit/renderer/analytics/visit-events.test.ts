import { describe, expect, it } from 'vitest';
import type { Screen, Session } from '../../../../renderer/store/session';
import { visitEvents, type Visit } from '../../../../renderer/analytics/visit-events';

const session = (screen: Screen, lastActivity = 0, lang: string | null = null): Session => ({
  screen,
  lang,
  largerText: false,
  lastActivity,
  attractSince: 0,
});
const attract = session({ name: 'attract' });

/** The events of a walk through these sessions, 100 ms apart (touched as they go unless said). */
function walk(...sessions: Session[]) {
  let visit: Visit = { readAnswer: false };
  const events = [];
  for (let i = 1; i < sessions.length; i++) {
    const moved = visitEvents(
      {
        before: sessions[i - 1]!,
        after: sessions[i]!,
        now: sessions[i]!.lastActivity,
        defaultLang: 'en',
        staff: false,
      },
      visit,
    );
    visit = moved.visit;
    events.push(...moved.events);
  }
  return events;
}

describe('visit events', () => {
  it('follow a visitor from the loop through an answer to a signup', () => {
    expect(
      walk(
        attract,
        session({ name: 'questions' }, 100, 'es'),
        session({ name: 'answer', id: 'pay' }, 200, 'es'),
        session({ name: 'answer', id: 'caseloads', from: 'next' }, 300, 'es'),
        session({ name: 'signup' }, 400, 'es'),
        session({ name: 'thanks' }, 500, 'es'),
      ),
    ).toEqual([
      { event: 'wake', lang: 'es' },
      { event: 'question-open', lang: 'es', question: 'pay', firstInVisit: true },
      { event: 'question-open', lang: 'es', question: 'caseloads', firstInVisit: false },
      { event: 'signup-started', lang: 'es' },
      { event: 'signup-completed', lang: 'es', afterAnswer: true },
    ]);
  });

  it('count a form left unsent as abandoned, and a walk-away as an idle reset', () => {
    const signup = session({ name: 'signup' }, 100);
    // Nobody touched the screen for 90 s when it went back to the loop.
    expect(walk(attract, signup, session({ name: 'attract' }, 90_100))).toEqual([
      { event: 'wake', lang: 'en' },
      { event: 'signup-started', lang: 'en' },
      { event: 'signup-abandoned', lang: 'en' },
      { event: 'idle-reset', lang: 'en' },
    ]);
  });

  it('do not take a tap on Home, or staff mode taking over, for a visitor walking away', () => {
    const questions = session({ name: 'questions' }, 100);
    const home = { before: { ...questions, lastActivity: 5000 }, after: session({ name: 'attract' }, 5000) };
    expect(
      visitEvents({ ...home, now: 5000, defaultLang: 'en', staff: false }, { readAnswer: false }).events,
    ).toEqual([]);
    const staff = { before: questions, after: session({ name: 'attract' }, 60_000) };
    expect(
      visitEvents({ ...staff, now: 60_000, defaultLang: 'en', staff: true }, { readAnswer: false }).events,
    ).toEqual([]);
  });

  it('never carry anything but event names, languages and question ids', () => {
    const events = walk(attract, session({ name: 'signup' }, 100), session({ name: 'thanks' }, 200));
    for (const event of events) {
      expect(
        Object.keys(event).every((key) =>
          ['event', 'lang', 'question', 'firstInVisit', 'afterAnswer'].includes(key),
        ),
      ).toBe(true);
    }
  });
});
