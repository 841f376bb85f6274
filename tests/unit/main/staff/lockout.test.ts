import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  lockedFor,
  lockMs,
  OPEN,
  triesLeft,
  type Lockout,
} from '../../../../main/staff/lockout';

const fail = (times: number, now = 0): Lockout => {
  let lockout = OPEN;
  for (let i = 0; i < times; i++) lockout = afterFailure(lockout, now);
  return lockout;
};

describe('PIN lockout', () => {
  it('leaves four wrong PINs free, then locks for a minute, doubling after each further failure', () => {
    expect([1, 2, 3, 4].map(lockMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(lockMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(triesLeft(fail(3))).toBe(2);
    expect(lockedFor(fail(4), 0)).toBe(0);
    expect(lockedFor(fail(5, 1000), 1000)).toBe(60_000);
    expect(lockedFor(fail(5, 1000), 31_000)).toBe(30_000);
    expect(lockedFor(fail(5, 1000), 61_000)).toBe(0);
  });

  it('never waits more than a day, however many tries', () => {
    expect(lockMs(60)).toBe(24 * 60 * 60_000);
  });

  it('is not lengthened by a clock set back', () => {
    const locked = fail(5, 10_000_000);
    expect(lockedFor(locked, 0)).toBe(60_000);
  });
});
