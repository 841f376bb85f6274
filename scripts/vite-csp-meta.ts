import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { PREVIEW_PAGE } from '../main/assets.js';
import { CONTENT_SECURITY_POLICY, PREVIEW_PAGE_POLICY } from '../main/security.js';

/** Directives a `<meta>` policy cannot carry: browsers ignore them there, with a console warning. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The page's policy as a `<meta>` can state it: main/security.ts's, less the header-only directives. */
export function metaPolicy(policy: string = CONTENT_SECURITY_POLICY): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY.has(directive.split(/\s+/)[0]!))
    .join('; ');
}

/** Where each page (renderer/index.html, preview.html) asks for the policy, right after its charset. */
export const CSP_MARKER = '<!-- kiosk:csp-meta -->';

/**
 * Writes the Content Security Policy into the built index.html as a `<meta>`, from the one policy
 * in main/security.ts that both hosts also send as a header: the page carries it wherever it is
 * opened, and the two can never drift apart. The organizer's preview.html gets its own policy,
 * which alone allows frames (of the kiosk's own pages). A page without the marker fails the build.
 */
export function cspMeta(): Plugin {
  return {
    name: 'kiosk-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        if (!html.includes(CSP_MARKER)) {
          throw new Error(`${basename(filename)} must hold ${CSP_MARKER} where the CSP <meta> goes.`);
        }
        const policy = basename(filename) === PREVIEW_PAGE ? PREVIEW_PAGE_POLICY : CONTENT_SECURITY_POLICY;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(policy).replaceAll('"', '&quot;')}" />`;
        return html.replace(CSP_MARKER, meta);
      },
    },
  };
}
