import type { CallName, Envelope, Handlers } from '../api';
import { dispatch, fail } from '../dispatch';
import { isAppUrl } from './origin';

/** The IPC channel of a call of the contract; the preload and main both name channels with it. */
export const channelFor = (name: CallName): string => `kiosk:${name}`;

/** The part of an IPC event the sender check reads. */
export interface IpcSender {
  senderFrame: { url: string } | null;
}

/**
 * Builds the listener for one call: it answers only the kiosk's own pages, then parses and runs
 * the call exactly as the browser host does.
 */
export function createIpcListener(handlers: Handlers, name: CallName) {
  return (event: IpcSender, argument: unknown): Promise<Envelope<unknown>> => {
    if (!isAppUrl(event.senderFrame?.url)) {
      return Promise.resolve(fail('forbidden', 'Calls are accepted only from the kiosk window.'));
    }
    return dispatch(handlers, name, argument);
  };
}
