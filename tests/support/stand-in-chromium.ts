import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a stand-in Chromium into `dir` (for `KIOSK_CHROMIUM`): it records its arguments in
 * `dir/args`, a line per launch in `dir/launches`, then exits at once, as a browser closed by hand.
 * Returns its path.
 */
export function standInChromium(dir: string): string {
  const browser = join(dir, 'chromium');
  writeFileSync(
    browser,
    `#!/bin/sh\nprintf '%s\\n' "$@" > ${join(dir, 'args')}\necho launch >> ${join(dir, 'launches')}\n`,
  );
  chmodSync(browser, 0o755);
  return browser;
}

/** How many times the stand-in browser in `dir` has been started. */
export function launchesIn(dir: string): number {
  const file = join(dir, 'launches');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;
}

/** Waits until `done()` is true, or fails after `timeoutMs`. */
export async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
