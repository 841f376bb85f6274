import { extname, isAbsolute, join, relative, resolve } from 'node:path';

/** Where the files a page may load live: the built renderer, and the content's media folder. */
export interface AssetRoots {
  renderer: string;
  content: string;
}

/**
 * Maps a URL path (like `/`, `/assets/index.js` or `/media/logo.svg`) to a file inside one of
 * the roots, or null when it would leave them. Both hosts serve files through this one function.
 */
export function resolveAsset(urlPath: string, roots: AssetRoots): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const path = decoded === '/' ? '/index.html' : decoded;
  const [root, inner] = path.startsWith('/media/')
    ? [join(roots.content, 'media'), path.slice('/media/'.length)]
    : [roots.renderer, path.slice(1)];
  const file = resolve(root, inner);
  const rel = relative(root, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : file;
}

/** The content type to serve a file with, by its extension. */
export function contentTypeOf(path: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.webp': 'image/webp',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.ico': 'image/x-icon',
  };
  return types[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
