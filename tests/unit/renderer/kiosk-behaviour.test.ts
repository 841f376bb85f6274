import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSecondTap } from '../../../renderer/double-tap';
import { installKioskBehaviour } from '../../../renderer/kiosk-behaviour';
import { useKiosk } from '../../../renderer/store';

let uninstall: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  uninstall = installKioskBehaviour();
});
afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

/** A tap at (x, y) on `target` whose click runs `onClick`; returns whether the click got through. */
function tap(target: HTMLElement, x: number, y: number): boolean {
  let clicked = false;
  const listener = () => (clicked = true);
  target.addEventListener('click', listener);
  target.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, clientX: x, clientY: y }));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y, cancelable: true }));
  target.removeEventListener('click', listener);
  return clicked;
}

describe('the page as a kiosk', () => {
  it('knows a double tap: the same place, within a moment', () => {
    const first = { x: 100, y: 100, time: 1000 };
    expect(isSecondTap(first, { x: 110, y: 95, time: 1300 })).toBe(true);
    expect(isSecondTap(first, { x: 300, y: 100, time: 1300 })).toBe(false);
    expect(isSecondTap(first, { x: 100, y: 100, time: 1500 })).toBe(false);
    expect(isSecondTap(null, { x: 100, y: 100, time: 1000 })).toBe(false);
  });

  it('lets the second tap of a double tap press nothing on the screen the first one opened', () => {
    const button = document.body.appendChild(document.createElement('button'));
    expect(tap(button, 50, 50)).toBe(true);
    act(() => useKiosk.getState().start());
    expect(tap(button, 52, 48)).toBe(false);
    // Elsewhere, or a moment later, a tap is a tap.
    expect(tap(button, 400, 300)).toBe(true);
    act(() => useKiosk.getState().openQuestion('who'));
    vi.advanceTimersByTime(500);
    expect(tap(button, 400, 300)).toBe(true);
    button.remove();
  });

  it('offers no context menu and lets nothing be dragged', () => {
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(true);
    const drag = new Event('dragstart', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(drag);
    expect(drag.defaultPrevented).toBe(true);
  });
});
