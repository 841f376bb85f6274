import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The browsers `--open` looks for, in order; `KIOSK_CHROMIUM` names another. */
function findChromium(): string | undefined {
  const candidates = [
    process.env.KIOSK_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/**
 * Opens `url` full-screen in the system's Chromium, with a profile inside the data folder, and
 * calls `onExit` when the browser closes. Says what to install when there is no Chromium.
 */
export function openChromium(url: string, dataDir: string, onExit: () => void): void {
  const browser = findChromium();
  if (!browser) {
    console.error(
      '--open needs Chromium: install it (sudo apt-get install chromium), or set KIOSK_CHROMIUM to its path. The kiosk keeps running at the address above.',
    );
    return;
  }
  const flags = [
    '--kiosk',
    `--user-data-dir=${resolve(dataDir, 'chromium-profile')}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    // Chromium refuses to start as root without this; a kiosk user should not be root anyway.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  const child = spawn(browser, flags, { stdio: 'ignore' });
  child.on('exit', onExit);
  child.on('error', (error) => console.error(`Could not start ${browser}: ${error.message}`));
}
