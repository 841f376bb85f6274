import { protocol, session } from 'electron';
import { Readable } from 'node:stream';
import { openAsset, type AssetRoots } from '../assets';
import { CONTENT_SECURITY_POLICY } from '../security';
import { APP_SCHEME } from './origin';

/** Must run before the app is ready: the kiosk's scheme behaves like https (secure, standard). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer and the content's media under app://kiosk/, nothing else: the file is
 * opened by `openAsset`, as the browser host opens it (real path inside the folders, regular files
 * only, no source maps), and streamed from that open file. The organizer's preview page is the
 * browser host's alone (`npm run serve -- --preview`): never served here.
 */
export function serveAppProtocol(roots: AssetRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = await openAsset(new URL(request.url).pathname, roots);
    if (!asset.ok) {
      if (asset.detail) console.error(`[kiosk] could not send ${asset.detail}`);
      return new Response(asset.status === 404 ? 'Not found' : 'The kiosk could not read this file.', {
        status: asset.status,
      });
    }
    const headers = {
      'Content-Type': asset.contentType,
      'Content-Length': String(asset.size),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    if (asset.size === 0) {
      await asset.handle.close();
      return new Response(null, { status: 200, headers });
    }
    // The stream closes the file when it ends, fails, or the page stops reading it.
    const body = Readable.toWeb(asset.handle.createReadStream({ start: 0, end: asset.size - 1 }));
    return new Response(body as ReadableStream<Uint8Array>, { status: 200, headers });
  });
  // The kiosk asks for no permission (camera, location, notifications...): refuse them all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
