import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The page `--open` gives Chromium, in the data folder. */
export const LAUNCH_PAGE = 'open-kiosk.html';

/**
 * Writes a page that sends the browser on to `url` (the kiosk's address with its token), readable
 * by this user only, and returns its file address. Chromium is started with this address rather
 * than `url` itself: a command line is readable by every user of the machine (`ps`), a file of
 * mode 0600 in the data folder only by the user running the kiosk, who holds the token anyway.
 */
export function writeLaunchPage(dataDir: string, url: string): string {
  // Chromium opens while the kiosk is still starting, which is what makes a new data folder.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LAUNCH_PAGE);
  // Removed, then created anew ('wx'): an old file, or a link planted in its place, is never reused.
  rmSync(path, { force: true });
  const target = url.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
  writeFileSync(
    path,
    `<!doctype html>\n<meta charset="utf-8">\n<meta name="referrer" content="no-referrer">\n<meta http-equiv="refresh" content="0; url=${target}">\n<title>Opening the kiosk</title>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  return pathToFileURL(path).href;
}
