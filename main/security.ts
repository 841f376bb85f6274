/** The directives every page of the kiosk shares: only its own files, no network beyond itself. */
const OWN_FILES_ONLY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * The page's Content Security Policy, for both hosts: only the kiosk's own scripts, styles,
 * fonts and images; no inline script, no frames, no network beyond the kiosk itself.
 */
export const CONTENT_SECURITY_POLICY = [...OWN_FILES_ONLY, "frame-ancestors 'none'"].join('; ');

/**
 * The kiosk's policy from the browser host in preview mode (`npm run serve -- --preview`): the
 * same, except that a page of its own origin (the preview page) may show it in a frame.
 */
export const PREVIEW_MODE_POLICY = [...OWN_FILES_ONLY, "frame-ancestors 'self'"].join('; ');

/**
 * The preview page's own policy: the kiosk's, plus frames of the kiosk's own pages. Nothing frames
 * the preview page itself.
 */
export const PREVIEW_PAGE_POLICY = [...OWN_FILES_ONLY, "frame-src 'self'", "frame-ancestors 'none'"].join(
  '; ',
);
