import { describe, expect, it } from 'vitest';
import type { IdleTimes } from '../../../main/api';
import { idleWarning, isIdle, nextIdleChange, THANKS_MS } from '../../../renderer/store/idle';
import { attract, openSignup, start, thank } from '../../../renderer/store/session';

const times: IdleTimes = { slideSeconds: 8, warningSeconds: 20, browseSeconds: 45, formSeconds: 120 };

describe('idle time', () => {
  it('asks "are you still there?" after 45 quiet seconds of browsing, then starts over 20 seconds later', () => {
    const session = start(attract(0), 0);
    expect(idleWarning(session, 44_999, times)).toBeNull();
    expect(idleWarning(session, 45_000, times)).toBe(20);
    expect(idleWarning(session, 64_001, times)).toBe(1);
    expect(isIdle(session, 64_999, times)).toBe(false);
    expect(isIdle(session, 65_000, times)).toBe(true);
    expect(idleWarning(session, 65_000, times)).toBeNull();
  });

  it('gives the signup form its own, longer time', () => {
    const form = openSignup(attract(0), 0);
    expect(idleWarning(form, 119_999, times)).toBeNull();
    expect(idleWarning(form, 120_000, times)).toBe(20);
    expect(isIdle(form, 140_000, times)).toBe(true);
  });

  it('never times out on the attract loop, and ends the thank-you screen by itself, without a warning', () => {
    expect(isIdle(attract(0), 10_000_000, times)).toBe(false);
    expect(nextIdleChange(attract(0), 5, times)).toBeNull();
    const thanked = thank(openSignup(attract(0), 0), 1000);
    expect(idleWarning(thanked, 1000 + THANKS_MS - 1, times)).toBeNull();
    expect(isIdle(thanked, 1000 + THANKS_MS, times)).toBe(true);
  });

  it('names the next moment anything changes: the warning, each second of it, the reset', () => {
    const session = start(attract(0), 0);
    expect(nextIdleChange(session, 10_000, times)).toBe(45_000);
    expect(nextIdleChange(session, 45_000, times)).toBe(46_000);
    expect(nextIdleChange(session, 45_400, times)).toBe(46_000);
    expect(nextIdleChange(session, 64_500, times)).toBe(65_000);
    expect(nextIdleChange(session, 65_000, times)).toBeNull();
    // Each change it names really is one.
    for (const now of [45_000, 46_000, 50_500]) {
      const next = nextIdleChange(session, now, times)!;
      expect(idleWarning(session, next, times)).not.toBe(idleWarning(session, next - 1, times));
    }
  });
});
