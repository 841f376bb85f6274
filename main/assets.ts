import { extname, join, resolve } from 'node:path';
import { isWithin, openInside, type OpenFile } from './regular-file';

/** Where the files a page may load live: the built renderer, and the content's media folder. */
export interface AssetRoots {
  renderer: string;
  content: string;
}

/**
 * Maps a URL path (like `/`, `/assets/index.js` or `/media/logo.svg`) to a file inside one of
 * the roots, or null when it would leave them. This only reads the path; `openAsset` also follows
 * symlinks, and is what both hosts serve files through.
 */
export function resolveAsset(urlPath: string, roots: AssetRoots): string | null {
  return locate(urlPath, roots)?.file ?? null;
}

/** The organizer's preview page, in the built renderer: only `npm run serve -- --preview` sends it. */
export const PREVIEW_PAGE = 'preview.html';

/**
 * True when `urlPath` names the preview page or the build's compressed copy of it, however it is
 * written (`/preview%2Ehtml`, `/assets/../preview.html`, or `/Preview.html`, which a
 * case-insensitive disk opens as well).
 */
export function isPreviewPage(urlPath: string, roots: AssetRoots): boolean {
  const file = resolveAsset(urlPath, roots);
  return file !== null && isPreviewFile(file, roots);
}

function isPreviewFile(file: string, roots: AssetRoots): boolean {
  return file.toLowerCase().replace(/\.(br|gz)$/, '') === resolve(roots.renderer, PREVIEW_PAGE).toLowerCase();
}

/** A file a host may send: open, with its size and content type. */
export type Asset = OpenFile & { contentType: string };

/** Why a host answers without a file: 404 for anything it does not serve, 500 when it is in trouble itself. */
export interface NoAsset {
  ok: false;
  status: 404 | 500;
  /** For the log: what went wrong, when it is the host's own trouble (EMFILE, EIO...). */
  detail?: string;
}

/**
 * Opens the file a URL path names, for both hosts: its real path (symlinks followed) must stay in
 * the renderer or media folder, it must be a regular file (never a FIFO, which would hang the
 * read), and source maps are not served. Nor is the organizer's preview page, unless
 * `previewPage` (the browser host in preview mode). The caller closes the handle, or streams it.
 */
export async function openAsset(
  urlPath: string,
  roots: AssetRoots,
  { previewPage = false } = {},
): Promise<Asset | NoAsset> {
  const found = locate(urlPath, roots);
  if (!found || found.file.endsWith('.map') || (!previewPage && isPreviewFile(found.file, roots)))
    return { ok: false, status: 404 };
  const opened = await openInside(found.root, found.file);
  if (opened.ok) return { ...opened, contentType: contentTypeOf(found.file) };
  if (opened.reason === 'error') return { ok: false, status: 500, detail: `${urlPath}: ${opened.code}` };
  return { ok: false, status: 404 };
}

function locate(urlPath: string, roots: AssetRoots): { root: string; file: string } | null {
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
  return file !== root && isWithin(root, file) ? { root, file } : null;
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
