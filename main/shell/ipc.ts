import { ipcMain } from 'electron';
import { callNames, type Handlers } from '../api';
import { channelFor, createIpcListener } from './ipc-listener';

/** Registers one handler per call of the contract, each answering only the kiosk window. */
export function registerIpc(handlers: Handlers): void {
  for (const name of callNames) ipcMain.handle(channelFor(name), createIpcListener(handlers, name));
}
