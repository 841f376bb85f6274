import type { Handlers } from '../api';

/**
 * Handlers that wait for the kiosk being built, so the host can listen and send the page while
 * the kiosk reads its content: the page's script loads and starts meanwhile, and its first call
 * is answered as soon as the kiosk is ready (`kiosk()` starts building it if nothing has yet). A
 * kiosk that fails to build fails each call.
 *
 * A proxy rather than a table of the call names: the names come with the contract's checks, which
 * the host loads with its first call, after it listens. dispatch() asks only for known names.
 */
export function handlersWhenReady(kiosk: () => Promise<{ handlers: Handlers }>): Handlers {
  return new Proxy({} as Handlers, {
    get: (_target, name: keyof Handlers) => async (input: unknown) => {
      const handler = (await kiosk()).handlers[name] as (input: unknown) => Promise<unknown>;
      return handler(input);
    },
  });
}
