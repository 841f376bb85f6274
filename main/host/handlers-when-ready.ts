import { callNames, type Handlers } from '../api';

/**
 * Handlers that wait for the kiosk being built, so the host can listen and send the page while
 * the kiosk reads its content: the page's script loads and starts meanwhile, and its first call
 * is answered as soon as the kiosk is ready. A kiosk that fails to build fails each call.
 */
export function handlersWhenReady(kiosk: Promise<{ handlers: Handlers }>): Handlers {
  return Object.fromEntries(
    callNames.map((name) => [
      name,
      async (input: unknown) => {
        const handler = (await kiosk).handlers[name] as (input: unknown) => Promise<unknown>;
        return handler(input);
      },
    ]),
  ) as Handlers;
}
