import type { ApiError, CallInput, CallName, CallResult, Envelope, KioskApi } from '../main/api';

declare global {
  interface Window {
    /** Present in the Electron host, built by the preload from the contract. */
    kiosk?: KioskApi;
  }
}

/** A call that main refused or could not complete. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/**
 * Calls main through whichever host the page runs in: `window.kiosk` in Electron, or HTTP to the
 * browser host with the per-launch token from the page address. This is the renderer's only way to main.
 */
export async function callMain<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> {
  const envelope = window.kiosk ? await window.kiosk[name](input) : await overHttp<K>(name, input);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value;
}

async function overHttp<K extends CallName>(name: K, input: CallInput<K>): Promise<Envelope<CallResult<K>>> {
  const response = await fetch(`api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': pageToken() },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Envelope<CallResult<K>>;
}

let token: string | undefined;
const TOKEN_KEY = 'kiosk-token';

/**
 * The token the browser host put in the address it printed (`#token=...`). Once read, it leaves
 * the address bar and the history entry, and stays in this tab's sessionStorage, where a reload
 * of the kiosk finds it again.
 */
function pageToken(): string {
  if (token !== undefined) return token;
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromAddress = fragment.get('token');
  if (fromAddress) {
    sessionStorage.setItem(TOKEN_KEY, fromAddress);
    fragment.delete('token');
    const rest = fragment.toString();
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', `${pathname}${search}${rest ? `#${rest}` : ''}`);
  }
  token = fromAddress ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  return token;
}
