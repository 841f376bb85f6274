import type { StateCreator } from 'zustand';
import * as session from './session';
import { freshForm } from './signup-slice';
import type { Store } from './index';

/** The visitor's session and the actions that move it. */
export interface SessionSlice {
  session: session.Session;
  start: () => void;
  openQuestion: (id: string) => void;
  /** The next (1) or previous (-1) answer, in the order of the visitor's language. */
  stepAnswer: (by: 1 | -1) => void;
  openSignup: () => void;
  /** Shows the thank-you screen once main has saved the visitor's signup. */
  thank: () => void;
  back: () => void;
  home: () => void;
  chooseLanguage: (lang: string) => void;
  toggleLargerText: () => void;
  /** Any touch, key, scroll or swipe (at `at`, default now): keeps the session from timing out. */
  touch: (at?: number) => void;
}

export const createSessionSlice: StateCreator<Store, [], [], SessionSlice> = (set, get) => {
  // Whatever takes the visitor off the form (back, home, walking away, a saved signup) empties
  // it in the same update: the next visitor never finds someone else's details.
  const apply = (next: (current: session.Session, now: number) => session.Session) =>
    set((state) => {
      const moved = next(state.session, Date.now());
      if (moved === state.session) return state;
      const leavingForm = state.session.screen.name === 'signup' && moved.screen.name !== 'signup';
      return leavingForm ? { session: moved, signup: freshForm() } : { session: moved };
    });
  const answerIds = () => {
    const content = get().content?.content;
    const lang = get().session.lang ?? content?.defaultLanguage ?? '';
    return (
      (content?.byLanguage[lang] ?? content?.byLanguage[content.defaultLanguage])?.faq.map((q) => q.id) ?? []
    );
  };
  return {
    session: session.attract(Date.now()),
    start: () => apply(session.start),
    openQuestion: (id) => apply((current, now) => session.openQuestion(current, id, now)),
    stepAnswer: (by) => apply((current, now) => session.step(current, answerIds(), by, now)),
    openSignup: () => apply(session.openSignup),
    thank: () => apply(session.thank),
    back: () => apply(session.back),
    home: () => apply((_current, now) => session.attract(now)),
    chooseLanguage: (lang) => apply((current, now) => session.chooseLanguage(current, lang, now)),
    toggleLargerText: () => apply(session.toggleLargerText),
    touch: (at) => apply((current, now) => session.touch(current, Math.min(at ?? now, now))),
  };
};
