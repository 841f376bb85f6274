import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Flags that let Chromium run headless on a machine without network or GPU. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The Chromium the browser tests drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else the system's
 * /usr/bin/chromium, else Playwright's own download. Throws a one-line fix when there is none.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const own = chromium.executablePath();
  if (existsSync(own)) return own;
  throw new Error(
    'No Chromium found for the browser tests: install it with "sudo apt-get install -y chromium" (Debian/Ubuntu), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium 156 binary.',
  );
}
