import type { ContentState } from '../main/api';
import { ApiCallError, callMain } from './api';

/** How long one wait for new content lasts before asking again. */
const WAIT_MS = 25_000;

/** What following the host's content reports, as it happens. */
export interface ContentFollower {
  /** A new version of the content, the first answer included. */
  changed(state: ContentState): void;
  /** The page was opened without its token: following stops. */
  forbidden(): void;
  /** The host did not answer: following goes on, after a pause that grows with each failure. */
  unreachable(): void;
}

/**
 * Follows the host's content, for the kiosk and for the organizer's preview alike: asks for it (or
 * takes `first`, the answer to a first getContent already asked for), then waits for each new
 * version (main answers as soon as the folder changes). Stops when `signal` aborts.
 */
export async function followContent(
  signal: AbortSignal,
  follower: ContentFollower,
  first?: Promise<ContentState>,
): Promise<void> {
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
      if (state.version !== since) follower.changed(state);
      since = state.version;
      failures = 0;
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof ApiCallError && error.error.code === 'forbidden') return follower.forbidden();
      failures++;
      follower.unreachable();
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** failures)));
    }
  }
}
