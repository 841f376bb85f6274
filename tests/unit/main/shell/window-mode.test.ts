import { describe, expect, it } from 'vitest';
import { windowMode } from '../../../../main/shell/window-mode';

describe('window mode', () => {
  it('is the full-screen kiosk without DevTools by default, packaged or not', () => {
    expect(windowMode(['electron', '.'], false)).toEqual({ kiosk: true, devTools: false });
    expect(windowMode(['/opt/kiosk/united-we-heal-kiosk'], true)).toEqual({ kiosk: true, devTools: false });
  });

  it('opens a window with DevTools for development with --windowed', () => {
    expect(windowMode(['electron', '.', '--windowed'], false)).toEqual({ kiosk: false, devTools: true });
  });

  it('never allows DevTools in a packaged build', () => {
    expect(windowMode(['/opt/kiosk/united-we-heal-kiosk', '--windowed'], true)).toEqual({
      kiosk: false,
      devTools: false,
    });
  });
});
