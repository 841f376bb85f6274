import { describe, expect, it } from 'vitest';
import {
  attract,
  back,
  chooseLanguage,
  idleWarning,
  isIdle,
  openQuestion,
  openSignup,
  slideIndex,
  start,
  thank,
  THANKS_MS,
} from '../../../renderer/store/session';

describe('a visitor session', () => {
  it('goes from the attract loop to the questions, an answer, and back', () => {
    let session = start(attract(0), 10);
    expect(session.screen).toEqual({ name: 'questions' });
    session = openQuestion(session, 'who', 20);
    expect(session.screen).toEqual({ name: 'answer', id: 'who' });
    session = back(session, 30);
    expect(session.screen).toEqual({ name: 'questions' });
    expect(back(session, 40).screen).toEqual({ name: 'attract' });
  });

  it('forgets the language when the next visitor arrives', () => {
    const session = chooseLanguage(start(attract(0), 1), 'es', 2);
    expect(session.lang).toBe('es');
    expect(attract(3).lang).toBeNull();
  });

  it('is idle only after the reset time without a touch, and never on the attract loop', () => {
    const session = start(attract(0), 1000);
    expect(isIdle(session, 60_999, 60_000)).toBe(false);
    expect(isIdle(session, 61_000, 60_000)).toBe(true);
    expect(isIdle(attract(0), 1_000_000, 60_000)).toBe(false);
  });

  it('counts down the last seconds before starting over', () => {
    const session = start(attract(0), 0);
    expect(idleWarning(session, 39_999, 60_000, 20_000)).toBeNull();
    expect(idleWarning(session, 40_000, 60_000, 20_000)).toBe(20);
    expect(idleWarning(session, 59_001, 60_000, 20_000)).toBe(1);
    expect(idleWarning(session, 60_000, 60_000, 20_000)).toBeNull();
    expect(idleWarning(attract(0), 50_000, 60_000, 20_000)).toBeNull();
  });

  it('advances the attract slides with the clock and loops', () => {
    const session = attract(5000);
    expect([5000, 12_999, 13_000, 21_000, 29_000].map((now) => slideIndex(session, now, 8000, 3))).toEqual([
      0, 0, 1, 2, 0,
    ]);
    expect(slideIndex(session, 100_000, 8000, 0)).toBe(0);
  });

  it('opens the signup form from the attract loop or the questions, and goes back to the questions', () => {
    expect(openSignup(attract(0), 5)).toMatchObject({ screen: { name: 'signup' }, lastActivity: 5 });
    const fromQuestions = openSignup(start(attract(0), 1), 2);
    expect(fromQuestions.screen).toEqual({ name: 'signup' });
    expect(back(fromQuestions, 3).screen).toEqual({ name: 'questions' });
  });

  it('thanks a visitor, then starts over by itself after a few seconds, without a warning', () => {
    const thanked = thank(openSignup(attract(0), 0), 1000);
    expect(thanked.screen).toEqual({ name: 'thanks' });
    expect(isIdle(thanked, 1000 + THANKS_MS - 1, 90_000)).toBe(false);
    expect(isIdle(thanked, 1000 + THANKS_MS, 90_000)).toBe(true);
    expect(idleWarning(thanked, 1000 + THANKS_MS - 500, 90_000, 20_000)).toBeNull();
    // A reset time shorter than the thanks still wins.
    expect(isIdle(thanked, 1000 + 5000, 5000)).toBe(true);
  });

  it('keeps the form open while the visitor types, and resets it like any screen when they walk away', () => {
    const form = openSignup(attract(0), 0);
    expect(isIdle(form, 59_999, 60_000)).toBe(false);
    expect(isIdle(form, 60_000, 60_000)).toBe(true);
    expect(idleWarning(form, 45_000, 60_000, 20_000)).toBe(15);
  });
});
