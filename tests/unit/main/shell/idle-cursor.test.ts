import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleCursor } from '../../../../main/shell/idle-cursor';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the idle pointer', () => {
  it('hides three seconds after start when the mouse never moves (a touch screen)', () => {
    const setHidden = vi.fn();
    createIdleCursor(setHidden);
    vi.advanceTimersByTime(2_999);
    expect(setHidden).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setHidden.mock.calls).toEqual([[true]]);
  });

  it('shows on a move, and hides again after three still seconds', () => {
    const setHidden = vi.fn();
    const cursor = createIdleCursor(setHidden);
    vi.advanceTimersByTime(3_000);
    cursor.moved();
    cursor.moved();
    expect(setHidden.mock.calls).toEqual([[true], [false]]);
    vi.advanceTimersByTime(2_000);
    cursor.moved();
    vi.advanceTimersByTime(2_999);
    expect(setHidden.mock.calls).toEqual([[true], [false]]);
    vi.advanceTimersByTime(1);
    expect(setHidden.mock.calls).toEqual([[true], [false], [true]]);
  });

  it('stops with the window', () => {
    const setHidden = vi.fn();
    createIdleCursor(setHidden).stop();
    vi.advanceTimersByTime(10_000);
    expect(setHidden).not.toHaveBeenCalled();
  });
});
