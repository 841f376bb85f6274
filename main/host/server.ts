import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../api';
import { contentTypeOf, resolveAsset, type AssetRoots } from '../assets';
import { CONTENT_SECURITY_POLICY } from '../security';
import { handleApi } from './http-api';

export interface BrowserHostOptions {
  handlers: Handlers;
  token: string;
  roots: AssetRoots;
  /** 0 picks a free port. */
  port: number;
}

/** A running browser host. */
export interface BrowserHost {
  server: Server;
  port: number;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** Starts the browser host on 127.0.0.1 only: the kiosk is never reachable from the network. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      console.error('[kiosk] request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The kiosk host hit an error; see its log.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A visitor's page holds a long-poll open; without this, stopping would wait for it.
        server.closeAllConnections();
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: BrowserHostOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://host').pathname;
  if (path === '/api' || path.startsWith('/api/'))
    return handleApi(req, res, options.handlers, options.token);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveAsset(path, options.roots);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': info.size,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
