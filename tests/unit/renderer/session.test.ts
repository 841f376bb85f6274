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
    expect([5000, 12_999, 13_000, 21_000, 29_000].map((now) => slideIndex(5000, now, 8000, 3))).toEqual([
      0, 0, 1, 2, 0,
    ]);
    expect(slideIndex(0, 100_000, 8000, 0)).toBe(0);
    expect(nextSlideAt(5000, 5000, 8000)).toBe(13_000);
    expect(nextSlideAt(5000, 12_999, 8000)).toBe(13_000);
    expect(nextSlideAt(5000, 13_000, 8000)).toBe(21_000);
  });

  it('opens the signup form from the attract loop or the questions, and goes back to the questions', () => {
    expect(openSignup(attract(0), 5)).toMatchObject({ screen: { name: 'signup' }, lastActivity: 5 });
    const fromQuestions = openSignup(start(attract(0), 1), 2);
    expect(fromQuestions.screen).toEqual({ name: 'signup' });
    expect(back(fromQuestions, 3).screen).toEqual({ name: 'questions' });
    expect(thank(fromQuestions, 4).screen).toEqual({ name: 'thanks' });
  });
});
