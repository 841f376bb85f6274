import type { StateCreator } from 'zustand';
import * as session from './session';
import type { Store } from './index';

/** The visitor's session and the actions that move it. */
export interface SessionSlice {
  session: session.Session;
  start: () => void;
  openQuestion: (id: string) => void;
  back: () => void;
  home: () => void;
  chooseLanguage: (lang: string) => void;
  /** Any touch: keeps the session from timing out. */
  touch: () => void;
}

export const createSessionSlice: StateCreator<Store, [], [], SessionSlice> = (set) => {
  const apply = (next: (current: session.Session, now: number) => session.Session) =>
    set((state) => ({ session: next(state.session, Date.now()) }));
  return {
    session: session.attract(Date.now()),
    start: () => apply(session.start),
    openQuestion: (id) => apply((current, now) => session.openQuestion(current, id, now)),
    back: () => apply(session.back),
    home: () => apply((_current, now) => session.attract(now)),
    chooseLanguage: (lang) => apply((current, now) => session.chooseLanguage(current, lang, now)),
    touch: () => apply((current, now) => ({ ...current, lastActivity: now })),
  };
};
