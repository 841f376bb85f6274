import type { ContentState } from '../main/api';
import { ApiCallError, callMain } from './api';
import { useKiosk } from './store';

/** How long one wait for new content lasts before asking again. */
const WAIT_MS = 25_000;

/**
 * Keeps the store's content current: asks main for the content (or takes `first`, the answer to
 * a first getContent already asked for), then waits for each new version (main answers as soon as
 * the folder changes). Stops when `signal` aborts.
 */
export async function syncContent(signal: AbortSignal, first?: Promise<ContentState>): Promise<void> {
  let since: number | undefined;
  let failures = 0;
  let asked = first;
  while (!signal.aborted) {
    try {
      // An early answer is used once: after a failure, the content is asked for anew.
      const call = asked ?? callMain('getContent', since === undefined ? {} : { since, waitMs: WAIT_MS });
      asked = undefined;
      const state = await call;
      if (signal.aborted) return;
      if (state.version !== since) useKiosk.getState().setContent(state);
      since = state.version;
      failures = 0;
    } catch (error) {
      if (error instanceof ApiCallError && error.error.code === 'forbidden') {
        useKiosk
          .getState()
          .setConnectionError(
            'This page was opened without the kiosk token. Open the full address the kiosk host printed, including the part after #.',
          );
        return;
      }
      failures++;
      useKiosk
        .getState()
        .setConnectionError(
          'The kiosk cannot reach its host. It keeps trying; if this stays, restart the kiosk.',
        );
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** failures)));
    }
  }
}
