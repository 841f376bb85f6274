import type { IncomingHttpHeaders } from 'node:http';

// How the browser host lets Chromium keep and reuse what it sent: files whose name carries a hash
// of their content (Vite's `assets/name-HASH.ext`) never change, so they are kept for a year
// without asking again; everything else is asked again each time, and answered "not modified"
// (304, no body) when its ETag still matches.

/** A file of the built renderer whose name carries its content's hash, like `/assets/index-CtF8SXcB.js`. */
export function isHashedAsset(urlPath: string): boolean {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(urlPath);
}

/** The Cache-Control of a static file: immutable when hashed, else reuse only after asking. */
export function cacheControlFor(urlPath: string): string {
  return isHashedAsset(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A weak ETag from the file's size and modification time: cheap, and it changes when the file does. */
export function etagOf(file: { size: number; mtimeMs: number }): string {
  return `W/"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}"`;
}

/** True when the request's If-None-Match names `etag` (or `*`): the browser's copy is current. */
export function isNotModified(headers: IncomingHttpHeaders, etag: string): boolean {
  const match = headers['if-none-match'];
  if (!match) return false;
  // Weak comparison (RFC 9110, 13.1.2): W/ prefixes do not count.
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return match.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** The encodings the build precompresses text files in, best first, with their file suffix. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The precompressed encodings the request accepts, in the order the host prefers them (brotli is
 * smaller). `q=0` refuses an encoding; a bare `*` accepts both.
 */
export function acceptedEncodings(header: string | string[] | undefined): (typeof PRECOMPRESSED)[number][] {
  const offered = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    if (name) offered.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  return PRECOMPRESSED.filter(({ encoding }) => accepts(encoding));
}
