import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../api';
import { PREVIEW_PAGE, type AssetRoots } from '../assets';
import { limitConnections, wasRefused } from './connection-limits';
import { hostNames, type HostNames } from './host-names';
import { createCallGate, handleApi, sendFailure, type ApiContext } from './http-api';
import { defaultMaxConnections } from './open-file-limit';
import { serveStatic } from './static-files';

/** How much the host takes at once, and how long it waits; tests lower them. */
export interface HostLimits {
  /** Open connections; past it, the longest idle one is closed (default: from the open-file limit). */
  maxConnections: number;
  /** API calls in progress at once, long polls included; past it, calls are answered 503 `busy`. */
  maxCalls: number;
  /** A connection that has not sent its request headers by then is closed. */
  headersTimeoutMs: number;
  /** A connection with nothing sent either way for this long is closed; longer than any long poll. */
  idleTimeoutMs: number;
}

export interface BrowserHostOptions {
  handlers: Handlers;
  token: string;
  roots: AssetRoots;
  /** 0 picks a free port. */
  port: number;
  limits?: Partial<HostLimits>;
  /** Where the host reports its own trouble; default: stderr. */
  log?: (line: string) => void;
  /**
   * `npm run serve -- --preview`: the host also sends the organizer's preview page, which may
   * frame the kiosk's, and `url` is the preview page's address.
   */
  preview?: boolean;
  /** Called with a file's path once the host has sent it whole (the page, its script...). */
  onFileSent?: (path: string) => void;
}

/** A running browser host. */
export interface BrowserHost {
  server: Server;
  port: number;
  /** The address to open, token included: the kiosk's, or in preview mode the preview page's. */
  url: string;
  close(): Promise<void>;
}

/** Starts the browser host on 127.0.0.1 only: the kiosk is never reachable from the network. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const limits: HostLimits = {
    maxConnections: defaultMaxConnections(),
    maxCalls: 32,
    headersTimeoutMs: 10_000,
    idleTimeoutMs: 90_000, // the longest long poll the contract allows is 60 s
    ...options.limits,
  };
  const log = options.log ?? ((line: string) => console.error(`[kiosk] ${line}`));
  const calls = createCallGate(limits.maxCalls);
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: Math.max(30_000, limits.headersTimeoutMs),
      // How often Node looks for connections past those timeouts (its default is 30 s).
      connectionsCheckingInterval: Math.min(1000, Math.max(50, limits.headersTimeoutMs / 4)),
    },
    (req, res) => {
      if (wasRefused(req.socket)) return;
      // The port the request came in on is the host's own, whatever `port` asked for (0: any).
      const names = hostNames(req.socket.localPort ?? 0);
      const api = { handlers: options.handlers, token: options.token, origins: names.origins, calls };
      route(req, res, names, api, options.roots, log, options.preview ?? false, options.onFileSent).catch(
        (error: unknown) => {
          // A caller that went away mid-request is not the host's trouble.
          if (req.destroyed && res.destroyed) return;
          log(`request failed: ${String(error)}`);
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('The kiosk host hit an error; see its log.');
        },
      );
    },
  );
  server.timeout = limits.idleTimeoutMs;
  limitConnections(server, limits.maxConnections);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A long queue of connections waiting to be accepted costs no open file, and a visitor's
    // connection that finds it full waits a whole second before trying again.
    server.listen({ port: options.port, host: '127.0.0.1', backlog: 4096 }, () => resolve());
  });
  // After listening, an error (like running out of files while accepting) is logged, never fatal.
  server.on('error', (error) => log(`the host hit an error: ${error.message}`));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/${options.preview ? PREVIEW_PAGE : ''}#token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A visitor's page holds a long-poll open; without this, stopping would wait for it.
        server.closeAllConnections();
      }),
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  names: HostNames,
  api: ApiContext,
  roots: AssetRoots,
  log: (line: string) => void,
  preview: boolean,
  onFileSent?: (path: string) => void,
): Promise<void> {
  const target = req.url ?? '';
  // Only a path: an absolute address (`GET http://other/`) or `*` names no file of the kiosk.
  if (!target.startsWith('/')) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  const path = target.split(/[?#]/)[0] ?? '/';
  const isApi = path === '/api' || path.startsWith('/api/');
  if (!names.accepts(req.headers.host)) {
    const message = `This kiosk host answers only at ${names.origins[0]}/.`;
    if (isApi) return sendFailure(res, 'forbidden', message);
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
    return;
  }
  if (isApi) return handleApi(req, res, api);
  if (onFileSent) res.once('finish', () => onFileSent(path));
  return serveStatic(req, res, path, roots, log, preview);
}
