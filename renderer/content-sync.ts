import { ApiCallError, callMain } from './api';
import { useKiosk } from './store';

/** How long one wait for new content lasts before asking again. */
const WAIT_MS = 25_000;

/**
 * Keeps the store's content current: asks main for the content, then waits for each new version
 * (main answers as soon as the folder changes). Stops when `signal` aborts.
 */
export async function syncContent(signal: AbortSignal): Promise<void> {
  let since: number | undefined;
  let failures = 0;
  while (!signal.aborted) {
    try {
      const state = await callMain('getContent', since === undefined ? {} : { since, waitMs: WAIT_MS });
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
