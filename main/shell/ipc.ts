import { ipcMain } from 'electron';
import { callNames, type Handlers } from '../api';
import { CALLS_CHANNEL, channelFor } from './channels';
import { createIpcListener, listCallsFor } from './ipc-listener';

/** Registers one handler per call of the contract, each answering only the kiosk window. */
export function registerIpc(handlers: Handlers): void {
  for (const name of callNames) ipcMain.handle(channelFor(name), createIpcListener(handlers, name));
  ipcMain.on(CALLS_CHANNEL, (event) => {
    event.returnValue = listCallsFor(event);
  });
}
