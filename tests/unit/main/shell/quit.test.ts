import { EventEmitter } from 'node:events';
import { powerMonitor, type BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createCloseGate } from '../../../../main/shell/close-gate';
import { guardWindowClose } from '../../../../main/shell/quit';

// Only the shutdown notice is Electron's; a stand-in powerMonitor emits it.
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return { powerMonitor: new Emitter() };
});

/** A stand-in window: `close()` asks to close, as a visitor's Alt+F4 or Cmd+Q would. */
function fakeWindow() {
  const window = Object.assign(new EventEmitter(), {
    closed: false,
    isDestroyed: () => window.closed,
    close() {
      let refused = false;
      window.emit('close', { preventDefault: () => (refused = true) });
      if (!refused) window.closed = true;
    },
  });
  return window;
}

describe('the close gate', () => {
  it('is shut until opened, and remembers the first reason', () => {
    const gate = createCloseGate();
    expect(gate.reason).toBeNull();
    gate.open('key-chord');
    gate.open('staff');
    expect(gate.reason).toBe('key-chord');
  });
});

describe('closing the kiosk window', () => {
  it('is refused to a visitor, and logged', () => {
    const window = fakeWindow();
    const log = vi.fn();
    guardWindowClose(window as unknown as BrowserWindow, log);
    window.close();
    window.close();
    expect(window.closed).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused to close'));
  });

  it('is allowed when staff quit (the key chord today, staff mode later)', () => {
    for (const reason of ['key-chord', 'staff'] as const) {
      const window = fakeWindow();
      const log = vi.fn();
      const quitKiosk = guardWindowClose(window as unknown as BrowserWindow, log);
      quitKiosk(reason);
      expect(window.closed).toBe(true);
      expect(log).toHaveBeenCalledWith(`quitting the kiosk (${reason})`);
    }
  });

  it('never holds up a shutdown, restart or log-off (Windows tells the window, macOS and Linux the power monitor)', () => {
    const window = fakeWindow();
    guardWindowClose(window as unknown as BrowserWindow, vi.fn());
    window.emit('session-end', {});
    window.close();
    expect(window.closed).toBe(true);

    const other = fakeWindow();
    guardWindowClose(other as unknown as BrowserWindow, vi.fn());
    (powerMonitor as unknown as EventEmitter).emit('shutdown');
    other.close();
    expect(other.closed).toBe(true);
  });
});
