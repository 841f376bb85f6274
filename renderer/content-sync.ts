import type { ContentState } from '../main/api';
import { followContent } from './follow-content';
import { useKiosk } from './store';

/**
 * Keeps the store's content current (see followContent; `first` is the answer to a first
 * getContent already asked for), and tells the page when it cannot. Stops when `signal` aborts.
 */
export function syncContent(signal: AbortSignal, first?: Promise<ContentState>): Promise<void> {
  const store = useKiosk.getState;
  return followContent(
    signal,
    {
      changed: (state) => store().setContent(state),
      forbidden: () =>
        store().setConnectionError(
          'This page was opened without the kiosk token. Open the full address the kiosk host printed, including the part after #.',
        ),
      unreachable: () =>
        store().setConnectionError(
          'The kiosk cannot reach its host. It keeps trying; if this stays, restart the kiosk.',
        ),
    },
    first,
  );
}
