import { describe, expect, it } from 'vitest';
import {
  attract,
  back,
  chooseLanguage,
  nextSlideAt,
  openQuestion,
  openSignup,
  position,
  slideIndex,
  start,
  step,
  thank,
  toggleLargerText,
  touch,
} from '../../../renderer/store/session';

const ids = ['who', 'goals', 'how'];

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

  it('steps to the next and previous answers in order, and stays put at either end', () => {
    const first = openQuestion(start(attract(0), 1), 'who', 2);
    const second = step(first, ids, 1, 3);
    expect(second.screen).toEqual({ name: 'answer', id: 'goals', from: 'next' });
    expect(step(second, ids, -1, 4).screen).toEqual({ name: 'answer', id: 'who', from: 'previous' });
    expect(step(first, ids, -1, 5)).toBe(first);
    const last = openQuestion(first, 'how', 6);
    expect(step(last, ids, 1, 7)).toBe(last);
    expect(step(start(attract(0), 1), ids, 1, 2).screen).toEqual({ name: 'questions' });
  });

  it('says where an answer stands, counted from 1', () => {
    expect(position(ids, 'goals')).toEqual({ number: 2, total: 3 });
  });

  it('forgets the language and the larger text when the next visitor arrives', () => {
    const session = toggleLargerText(chooseLanguage(start(attract(0), 1), 'es', 2), 3);
    expect(session).toMatchObject({ lang: 'es', largerText: true, lastActivity: 3 });
    expect(attract(4)).toMatchObject({ lang: null, largerText: false });
  });

  it('writes down activity at most four times a second, and never on the attract loop', () => {
    const session = start(attract(0), 1000);
    expect(touch(session, 1100)).toBe(session);
    expect(touch(session, 1300).lastActivity).toBe(1300);
    const idle = attract(0);
    expect(touch(idle, 5000)).toBe(idle);
  });

  it('advances the attract slides with the clock, loops, and says when the next one is due', () => {
    const even = [8000, 8000, 8000];
    expect([5000, 12_999, 13_000, 21_000, 29_000].map((now) => slideIndex(5000, now, even))).toEqual([
      0, 0, 1, 2, 0,
    ]);
    expect(slideIndex(0, 100_000, [])).toBe(0);
    expect(nextSlideAt(5000, 5000, even)).toBe(13_000);
    expect(nextSlideAt(5000, 12_999, even)).toBe(13_000);
    expect(nextSlideAt(5000, 13_000, even)).toBe(21_000);
  });

  it('keeps each attract slide up for its own time, round after round', () => {
    const own = [3000, 10_000, 5000];
    // The loop starts at 1000: turns at 4000, 14 000, 19 000, then 22 000, 32 000, 37 000.
    expect(
      [1000, 3999, 4000, 13_999, 14_000, 18_999, 19_000, 22_000, 36_999].map((now) =>
        slideIndex(1000, now, own),
      ),
    ).toEqual([0, 0, 1, 1, 2, 2, 0, 1, 2]);
    expect([1000, 4000, 14_000, 19_000, 21_999, 33_000].map((now) => nextSlideAt(1000, now, own))).toEqual([
      4000, 14_000, 19_000, 22_000, 22_000, 37_000,
    ]);
    // Before the loop started (a clock set back), the first slide shows.
    expect(slideIndex(1000, 0, own)).toBe(0);
  });

  it('never turns a loop of one slide', () => {
    expect(nextSlideAt(0, 5000, [8000])).toBeNull();
    expect(nextSlideAt(0, 5000, [])).toBeNull();
    expect(slideIndex(0, 100_000, [8000])).toBe(0);
  });

  it('opens the signup form from the attract loop or the questions, and goes back to the questions', () => {
    expect(openSignup(attract(0), 5)).toMatchObject({ screen: { name: 'signup' }, lastActivity: 5 });
    const fromQuestions = openSignup(start(attract(0), 1), 2);
    expect(fromQuestions.screen).toEqual({ name: 'signup' });
    expect(back(fromQuestions, 3).screen).toEqual({ name: 'questions' });
    expect(thank(fromQuestions, 4).screen).toEqual({ name: 'thanks' });
  });
});
