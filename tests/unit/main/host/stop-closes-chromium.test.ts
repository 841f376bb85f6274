import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepChromiumOpen } from '../../../../main/host/keep-chromium-open';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-stop-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('stopping the browser host with --open', () => {
  it('closes the Chromium it opened, which staff mode\'s "quit kiosk" runs inside', () => {
    const kill = vi.fn();
    const kept = keepChromiumOpen({ url: 'http://x/', dataDir, log: vi.fn(), open: () => ({ kill }) });
    expect(kill).not.toHaveBeenCalled();
    kept.stop();
    expect(kill).toHaveBeenCalledOnce();
  });
});
