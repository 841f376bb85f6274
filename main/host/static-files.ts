import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { isPreviewPage, openAsset, type Asset, type AssetRoots } from '../assets';
import { CONTENT_SECURITY_POLICY, PREVIEW_MODE_POLICY, PREVIEW_PAGE_POLICY } from '../security';
import { acceptedEncodings, cacheControlFor, etagOf, isNotModified } from './http-caching';

/**
 * Sends the renderer or media file that `path` (still percent-encoded) names: precompressed when
 * the build made a `.br` or `.gz` beside it and the browser accepts it, with an ETag, and "not
 * modified" when the browser's copy is current. Every failure is a short 404 or 500, never an
 * exception, and every file opened is closed however the request ends: sent, abandoned by the
 * client, or cut by a read error. The preview page is sent only in preview mode (`preview`),
 * which also lets it frame the kiosk's pages.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  roots: AssetRoots,
  log: (line: string) => void,
  preview = false,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const asset = await openAsset(path, roots, { previewPage: preview });
  if (!asset.ok) {
    if (asset.detail) log(`could not send ${asset.detail}`);
    const text = asset.status === 404 ? 'Not found' : 'The kiosk host could not read this file; see its log.';
    res.writeHead(asset.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
    return;
  }
  const compressible = isCompressible(path, asset.contentType);
  const etag = etagOf(asset);
  const headers: Record<string, string | number> = {
    'Content-Type': asset.contentType,
    'Content-Security-Policy': policyOf(path, roots, preview),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cacheControlFor(path),
    ETag: etag,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (isNotModified(req.headers, etag)) {
    await asset.handle.close();
    res.writeHead(304, headers).end();
    return;
  }
  const copy = compressible ? await precompressed(req, path, roots, asset, preview) : undefined;
  const body = copy ?? asset;
  if (copy) await asset.handle.close();
  res.writeHead(200, {
    ...headers,
    'Content-Length': body.size,
    ...(copy ? { 'Content-Encoding': copy.encoding } : {}),
  });
  if (req.method === 'HEAD' || body.size === 0) {
    await body.handle.close();
    res.end();
    return;
  }
  // Only the bytes counted in Content-Length, even if the file grows meanwhile.
  const file = body.handle.createReadStream({ start: 0, end: body.size - 1, highWaterMark: 16 * 1024 });
  // pipeline destroys both sides when either fails or the client goes away, which closes the file.
  pipeline(file, res, (error) => {
    // A client that goes away mid-file is ordinary; a read error is worth a line in the log.
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') log(`sending ${path} failed: ${error.message}`);
  });
}

/** The kiosk's policy; in preview mode, one that lets the preview page frame the kiosk's pages. */
function policyOf(path: string, roots: AssetRoots, preview: boolean): string {
  if (!preview) return CONTENT_SECURITY_POLICY;
  return isPreviewPage(path, roots) ? PREVIEW_PAGE_POLICY : PREVIEW_MODE_POLICY;
}

/** Text of the built renderer: the build writes its `.br` and `.gz` (media are the organizers' own files). */
function isCompressible(path: string, contentType: string): boolean {
  return !path.startsWith('/media/') && /^(text\/|application\/json|image\/svg\+xml)/.test(contentType);
}

/**
 * The build's precompressed copy of `asset` in the best encoding the request accepts, opened as
 * safely as the file itself; undefined when there is none, or when it is older than the file (a
 * renderer rebuilt without its copies must not send yesterday's script).
 */
async function precompressed(
  req: IncomingMessage,
  path: string,
  roots: AssetRoots,
  asset: Asset,
  previewPage: boolean,
): Promise<(Asset & { encoding: string }) | undefined> {
  const file = path === '/' ? '/index.html' : path;
  for (const { encoding, suffix } of acceptedEncodings(req.headers['accept-encoding'])) {
    const copy = await openAsset(`${file}${suffix}`, roots, { previewPage });
    if (!copy.ok) continue;
    if (copy.mtimeMs >= asset.mtimeMs) return { ...copy, contentType: asset.contentType, encoding };
    await copy.handle.close();
  }
  return undefined;
}
