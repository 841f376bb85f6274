import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { openAsset, type AssetRoots } from '../assets';
import { CONTENT_SECURITY_POLICY } from '../security';

/**
 * Sends the renderer or media file that `path` (still percent-encoded) names. Every failure is a
 * short 404 or 500, never an exception, and the file is closed however the request ends: sent,
 * abandoned by the client, or cut by a read error.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  roots: AssetRoots,
  log: (line: string) => void,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const asset = await openAsset(path, roots);
  if (!asset.ok) {
    if (asset.detail) log(`could not send ${asset.detail}`);
    const text = asset.status === 404 ? 'Not found' : 'The kiosk host could not read this file; see its log.';
    res.writeHead(asset.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
    return;
  }
  res.writeHead(200, {
    'Content-Type': asset.contentType,
    'Content-Length': asset.size,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': asset.contentType.startsWith('text/html') ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD' || asset.size === 0) {
    await asset.handle.close();
    res.end();
    return;
  }
  // Only the bytes counted in Content-Length, even if the file grows meanwhile.
  const file = asset.handle.createReadStream({ start: 0, end: asset.size - 1, highWaterMark: 16 * 1024 });
  // pipeline destroys both sides when either fails or the client goes away, which closes the file.
  pipeline(file, res, (error) => {
    // A client that goes away mid-file is ordinary; a read error is worth a line in the log.
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') log(`sending ${path} failed: ${error.message}`);
  });
}
