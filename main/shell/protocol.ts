import { net, protocol, session } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveAsset, type AssetRoots } from '../assets';
import { CONTENT_SECURITY_POLICY } from '../security';
import { APP_SCHEME } from './origin';

/** Must run before the app is ready: the kiosk's scheme behaves like https (secure, standard). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer and the content's media under app://kiosk/, nothing else. */
export function serveAppProtocol(roots: AssetRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAsset(new URL(request.url).pathname, roots);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
  // The kiosk asks for no permission (camera, location, notifications...): refuse them all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
