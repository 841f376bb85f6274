import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeLaunchPage } from './launch-page';

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
 * Opens `url` full-screen in the system's Chromium (in an ordinary window with `windowed`, for the
 * organizer's preview), with a profile inside the data folder, and calls `onExit` when the browser
 * closes. Says what to install when there is no Chromium.
 * Returns the browser's process (null when there is none), so staff quitting can close it.
 * The token in `url` never goes on Chromium's command line: see `writeLaunchPage`.
 */
export function openChromium(
  url: string,
  dataDir: string,
  onExit: () => void,
  { windowed = false } = {},
): ChildProcess | null {
  const browser = findChromium();
  if (!browser) {
    console.error(
      '--open needs Chromium: install it (sudo apt-get install chromium), or set KIOSK_CHROMIUM to its path. The kiosk keeps running at the address above.',
    );
    return null;
  }
  let launch: string;
  try {
    launch = writeLaunchPage(dataDir, url);
  } catch (error) {
    console.error(
      `--open could not write its launch page in ${dataDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Open the address above in a browser instead.`,
    );
    return null;
  }
  const flags = [
    ...(windowed ? ['--new-window', '--window-size=1600,1000'] : ['--kiosk']),
    `--user-data-dir=${resolve(dataDir, 'chromium-profile')}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    // Nothing of the session (history, cache) is written to disk: no trace of the token there either.
    '--incognito',
    // Chromium refuses to start as root without this; a kiosk user should not be root anyway.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    launch,
  ];
  const child = spawn(browser, flags, { stdio: 'ignore' });
  child.on('exit', onExit);
  child.on('error', (error) => console.error(`Could not start ${browser}: ${error.message}`));
  return child;
}
