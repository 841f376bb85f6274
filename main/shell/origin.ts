/** The scheme and origin the kiosk's own pages are served from inside Electron. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://kiosk';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True when `url` is one of the kiosk's own pages (and not a look-alike such as app://kiosk.evil). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // The kiosk never makes a URL with credentials; one that has them is someone else's trick.
    if (parsed.username || parsed.password) return false;
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
