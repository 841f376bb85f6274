/**
 * The page's Content Security Policy, for both hosts: only the kiosk's own scripts, styles,
 * fonts and images; no inline script, no frames, no network beyond the kiosk itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
