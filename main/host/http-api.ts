import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ApiError, Envelope, Handlers } from '../api';
import { dispatch, fail } from '../dispatch';

/** Requests larger than this are refused: no call of the contract needs more. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The header the renderer sends the per-launch token in. */
export const TOKEN_HEADER = 'x-kiosk-token';

const STATUS: Record<ApiError['code'], number> = {
  'unknown-call': 404,
  'bad-input': 400,
  forbidden: 403,
  'method-not-allowed': 405,
  'too-large': 413,
  internal: 500,
};

/**
 * Answers one request under `/api/`. The token is checked before anything else, so a caller
 * without it learns nothing, not even which calls exist.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: Handlers,
  token: string,
): Promise<void> {
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    return send(
      res,
      fail('forbidden', 'This request needs the kiosk token from the address the host printed.'),
    );
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return send(res, fail('method-not-allowed', 'Calls are made with POST.'));
  }
  const body = await readBody(req);
  if (body === null) {
    return send(res, fail('too-large', `The request is larger than ${MAX_BODY_BYTES} bytes.`));
  }
  let argument: unknown;
  try {
    argument = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return send(res, fail('bad-input', 'The request body is not valid JSON.'));
  }
  const name = callNameOf(req.url);
  return send(res, await dispatch(handlers, name, argument));
}

/** The call name from the path, or null when it is not valid percent-encoding (an unknown call). */
function callNameOf(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://host').pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

function tokenMatches(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body as text, or null when it passes MAX_BODY_BYTES (a sentinel string could be a body). */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, envelope: Envelope<unknown>): void {
  const code = envelope.ok ? 200 : STATUS[envelope.error.code];
  res.writeHead(code, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(envelope));
}
