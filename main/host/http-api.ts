import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ApiError, Envelope, Handlers } from '../api';
import { fail } from '../envelope';

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
  busy: 503,
  locked: 403,
  internal: 500,
};

/** What the API needs besides the request: who may call, from which pages, and how many at once. */
export interface ApiContext {
  handlers: Handlers;
  token: string;
  /** The host's own origins (`http://127.0.0.1:PORT`...): a call from a page of any other is refused. */
  origins: readonly string[];
  calls: CallGate;
}

/** Counts the calls in progress, long polls included, against a cap. */
export interface CallGate {
  /** Takes a place for the call answered by `res` (given back when `res` closes), or false when full. */
  enter(res: ServerResponse): boolean;
}

/** A gate for at most `max` calls at once. */
export function createCallGate(max: number): CallGate {
  let active = 0;
  return {
    enter(res) {
      if (active >= max) return false;
      active++;
      // 'close' comes once, whether the answer was sent or the caller went away mid-wait.
      res.once('close', () => active--);
      return true;
    },
  };
}

/**
 * Answers one request under `/api/`. The token is checked before anything else, so a caller
 * without it learns nothing, not even which calls exist.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, api: ApiContext): Promise<void> {
  if (!tokenMatches(req.headers[TOKEN_HEADER], api.token)) {
    return send(
      res,
      fail('forbidden', 'This request needs the kiosk token from the address the host printed.'),
    );
  }
  // A browser names the page a call comes from; only the kiosk's own page may call.
  const origin = req.headers.origin;
  if (origin !== undefined && !api.origins.includes(origin.toLowerCase())) {
    return send(res, fail('forbidden', 'Calls are taken only from the kiosk page itself.'));
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return send(res, fail('method-not-allowed', 'Calls are made with POST.'));
  }
  if (!api.calls.enter(res)) {
    return send(res, fail('busy', 'The kiosk host has too many calls waiting; try again in a moment.'));
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
  // Loaded with the first call, not before the host listens: it brings the contract's checks.
  const { dispatch } = await import('../dispatch');
  return send(res, await dispatch(api.handlers, name, argument));
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

/** Answers an API request with an error envelope, as every refusal of the API looks. */
export function sendFailure(res: ServerResponse, code: ApiError['code'], message: string): void {
  send(res, fail(code, message));
}

// Frozen results (the content state) are serialised once, however many long polls they answer at once.
const serialised = new WeakMap<object, Buffer>();

function send(res: ServerResponse, envelope: Envelope<unknown>): void {
  const code = envelope.ok ? 200 : STATUS[envelope.error.code];
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  const value = envelope.ok ? envelope.value : null;
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) {
    res.writeHead(code, headers).end(JSON.stringify(envelope));
    return;
  }
  let json = serialised.get(value);
  if (!json) serialised.set(value, (json = Buffer.from(JSON.stringify(value))));
  res.writeHead(code, { ...headers, 'Content-Length': OK_OPEN.length + json.length + OK_CLOSE.length });
  res.write(OK_OPEN);
  res.write(json);
  res.end(OK_CLOSE);
}

const OK_OPEN = Buffer.from('{"ok":true,"value":');
const OK_CLOSE = Buffer.from('}');
