import type { ApiError, Envelope } from './api';

/** The envelope of a refused or failed call: its typed code and a message in plain words. */
export function fail(code: ApiError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
