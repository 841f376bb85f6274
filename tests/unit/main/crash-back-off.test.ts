import { describe, expect, it } from 'vitest';
import { afterCrash, type Recovery } from '../../../main/crash-back-off';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** The recoveries from crashes at these times, in order, each remembering the ones before. */
function crashesAt(...times: number[]): Recovery[] {
  let history: number[] = [];
  return times.map((time) => {
    const recovery = afterCrash(history, time);
    history = recovery.history;
    return recovery;
  });
}

describe('the crash back-off', () => {
  it('reloads a second after a first crash, without the restarting screen', () => {
    expect(afterCrash([], 10 * MINUTE)).toEqual({
      history: [10 * MINUTE],
      delayMs: SECOND,
      restarting: false,
    });
  });

  it('doubles the wait with each crash in five minutes, up to a minute', () => {
    const times = Array.from({ length: 9 }, (_, index) => index * 20 * SECOND);
    expect(crashesAt(...times).map((recovery) => recovery.delayMs)).toEqual(
      [1, 2, 4, 8, 16, 32, 60, 60, 60].map((seconds) => seconds * SECOND),
    );
  });

  it('shows "restarting" from the third crash in five minutes, and keeps retrying', () => {
    expect(crashesAt(0, MINUTE, 2 * MINUTE, 3 * MINUTE).map((recovery) => recovery.restarting)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('forgets crashes older than five minutes', () => {
    const [, , third] = crashesAt(0, 2 * MINUTE, 5 * MINUTE + 1);
    expect(third).toEqual({ history: [2 * MINUTE, 5 * MINUTE + 1], delayMs: 2 * SECOND, restarting: false });
    const [, , calm] = crashesAt(0, 1 * MINUTE, 20 * MINUTE);
    expect(calm).toEqual({ history: [20 * MINUTE], delayMs: SECOND, restarting: false });
  });

  it('three crashes just inside five minutes are three', () => {
    expect(crashesAt(0, 2 * MINUTE, 5 * MINUTE - 1).at(-1)?.restarting).toBe(true);
  });

  it('ignores a crash time from the future (the clock was set back)', () => {
    expect(afterCrash([10 * MINUTE], MINUTE)).toEqual({
      history: [MINUTE],
      delayMs: SECOND,
      restarting: false,
    });
  });
});
