import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepChromiumOpen } from '../../../../main/host/keep-chromium-open';

let dataDir: string;
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-keep-open-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A stand-in for openChromium: records each launch; `exit()` closes the latest browser. */
function fakeBrowser() {
  const exits: (() => void)[] = [];
  const open = vi.fn((_url: string, _dataDir: string, onExit: () => void) => exits.push(onExit));
  return { open, exit: () => exits.at(-1)!() };
}

describe('--open keeps Chromium open', () => {
  it('opens the kiosk address with the data folder', () => {
    const browser = fakeBrowser();
    keepChromiumOpen({ url: 'http://127.0.0.1:1/#token=t', dataDir, log: vi.fn(), open: browser.open });
    expect(browser.open).toHaveBeenCalledWith('http://127.0.0.1:1/#token=t', dataDir, expect.any(Function));
  });

  it('reopens it with back-off when it closes without staff asking, and logs each time', () => {
    const browser = fakeBrowser();
    const log = vi.fn();
    keepChromiumOpen({ url: 'http://x/', dataDir, log, open: browser.open });
    browser.exit();
    vi.advanceTimersByTime(999);
    expect(browser.open).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(browser.open).toHaveBeenCalledTimes(2);
    browser.exit();
    vi.advanceTimersByTime(2_000);
    expect(browser.open).toHaveBeenCalledTimes(3);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('Chromium closed without staff asking; 2 in 5 min'),
    );
    expect(readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8')).toContain('reopening in 2000 ms');
  });

  it('lets it close for good once staff stop the kiosk', () => {
    const browser = fakeBrowser();
    const kept = keepChromiumOpen({ url: 'http://x/', dataDir, log: vi.fn(), open: browser.open });
    browser.exit();
    kept.stop();
    vi.advanceTimersByTime(60_000);
    expect(browser.open).toHaveBeenCalledTimes(1);
    browser.exit();
    vi.advanceTimersByTime(60_000);
    expect(browser.open).toHaveBeenCalledTimes(1);
  });
});
