import { describe, expect, it } from 'vitest';
import { cornerTap } from '../../../../renderer/staff/corner-taps';

/** Taps at these times (ms); whether any of them opened the pad. */
function tapsAt(times: number[]): boolean {
  let taps: number[] = [];
  let opened = false;
  for (const time of times) {
    const next = cornerTap(taps, time);
    taps = next.taps;
    opened ||= next.open;
  }
  return opened;
}

describe('the hidden corner', () => {
  it('opens the pad at the fifth tap within three seconds', () => {
    expect(tapsAt([0, 300, 600, 900, 1200])).toBe(true);
    expect(tapsAt([0, 700, 1400, 2100, 2999])).toBe(true);
  });

  it('never opens at four taps, however many times four are tried', () => {
    expect(tapsAt([0, 100, 200, 300])).toBe(false);
    expect(tapsAt([0, 100, 200, 300, 4000, 4100, 4200, 4300, 8000, 8100, 8200, 8300])).toBe(false);
  });

  it('never opens for five taps spread over more than three seconds', () => {
    expect(tapsAt([0, 1000, 2000, 3000, 4000])).toBe(false);
  });

  it('starts over once it has opened', () => {
    expect(cornerTap([0, 1, 2, 3], 4)).toEqual({ taps: [], open: true });
    expect(tapsAt([0, 1, 2, 3, 4]) && !cornerTap([], 5).open).toBe(true);
  });
});
