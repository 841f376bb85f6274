import type { Server } from 'node:http';
import type { Socket } from 'node:net';

const BUSY_TEXT = 'The kiosk host is busy; try again in a moment.';
// Written straight on the socket: past the cap there is no request to answer yet.
const BUSY = Buffer.from(
  `HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(BUSY_TEXT)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n${BUSY_TEXT}`,
);

/**
 * Caps the open connections of `server` at `max`. A connection past the cap takes the place of an
 * idle one (no request in progress: never a long poll): first of one that has not sent a request
 * yet, the longest waiting first, as a flood of idle connections is made of; only then of a
 * keep-alive connection between requests. So such a flood cannot lock the kiosk's page out, and
 * the host recovers by itself. When every connection is busy, the new one is answered 503.
 */
export function limitConnections(server: Server, max: number): void {
  const open = new Set<Socket>();
  // Idle sockets, the longest idle first (a Map keeps insertion order): those yet to send a
  // request, and those between requests.
  const unused = new Map<Socket, true>();
  const between = new Map<Socket, true>();
  const requests = new Map<Socket, number>();

  server.on('connection', (socket: Socket) => {
    open.add(socket);
    unused.set(socket, true);
    socket.once('close', () => {
      open.delete(socket);
      unused.delete(socket);
      between.delete(socket);
      requests.delete(socket);
    });
    if (open.size <= max) return;
    const waiting = unused.keys().next().value;
    if (waiting && waiting !== socket) {
      // A reset leaves no TIME_WAIT behind: a flood does not fill the machine's table of ports.
      waiting.resetAndDestroy();
      return;
    }
    const kept = between.keys().next().value;
    if (kept) {
      // Closed as a keep-alive timeout would: the browser opens a new connection for its next request.
      kept.destroy();
      return;
    }
    unused.delete(socket);
    refused.add(socket);
    socket.end(BUSY, () => socket.destroy());
  });

  server.on('request', (req, res) => {
    const socket = req.socket;
    unused.delete(socket);
    between.delete(socket);
    requests.set(socket, (requests.get(socket) ?? 0) + 1);
    res.once('close', () => {
      // A response closes after its socket when the client went away: the socket is forgotten.
      if (!open.has(socket)) return;
      const left = (requests.get(socket) ?? 1) - 1;
      requests.set(socket, left);
      if (left === 0) between.set(socket, true);
    });
  });
}

const refused = new WeakSet<Socket>();

/** True for a connection refused at the cap: its requests get no answer beyond the 503 already sent. */
export function wasRefused(socket: Socket): boolean {
  return refused.has(socket);
}
