import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLaunchPage } from '../../../../main/host/launch-page';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the launch page --open gives Chromium', () => {
  it('is written, private, even in a data folder the kiosk has not made yet', () => {
    root = mkdtempSync(join(tmpdir(), 'kiosk-launch-'));
    // Chromium opens while the kiosk is still starting: the data folder may not exist yet.
    const dataDir = join(root, 'new', 'data');
    const page = fileURLToPath(writeLaunchPage(dataDir, 'http://127.0.0.1:4000/#token=a&b'));
    expect(readFileSync(page, 'utf8')).toContain('url=http://127.0.0.1:4000/#token=a&#38;b');
    expect(statSync(page).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
