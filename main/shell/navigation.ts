import type { WebContents } from 'electron';
import { isAppUrl } from './origin';

/**
 * Keeps the window on the kiosk's own pages: no navigation elsewhere, no new windows, no
 * webviews. A visitor must never be able to leave the kiosk.
 */
export function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
