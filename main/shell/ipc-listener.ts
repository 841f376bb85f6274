import { callNames, type CallName, type Envelope, type Handlers } from '../api';
import { dispatch } from '../dispatch';
import { fail } from '../envelope';
import { isAppUrl } from './origin';

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

/** The names of the calls, for the preload to build `window.kiosk`; none for any other page. */
export function listCallsFor(event: IpcSender): string[] {
  return isAppUrl(event.senderFrame?.url) ? [...callNames] : [];
}
