import { z } from 'zod';
import { api, isCallName, type Envelope, type Handlers } from './api';
import { CallRefused } from './call-refused';
import { fail } from './envelope';

/**
 * Runs one call from an untrusted caller: checks the name, parses the argument with the contract's
 * schema, runs the handler and wraps the outcome. Never throws; both hosts use it as is.
 */
export async function dispatch(handlers: Handlers, name: unknown, raw: unknown): Promise<Envelope<unknown>> {
  if (!isCallName(name))
    return fail('unknown-call', `There is no call named ${JSON.stringify(String(name))}.`);
  const parsed = (api[name].input as z.ZodType).safeParse(raw ?? {});
  if (!parsed.success) return fail('bad-input', `${name}: ${z.prettifyError(parsed.error)}`);
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof CallRefused) return fail(error.code, error.message);
    console.error(`[kiosk] ${name} failed:`, error);
    return fail('internal', `${name} failed inside the kiosk. The details are in the kiosk's log.`);
  }
}
