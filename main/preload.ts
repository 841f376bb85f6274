import { contextBridge, ipcRenderer } from 'electron';
import type { KioskApi } from './api';
import { CALLS_CHANNEL, channelFor } from './shell/channels';

// One invoker per call of the contract. The names come from main, which owns the contract, so
// this sandboxed script carries none of its code; main still checks every call and argument.
const names = ipcRenderer.sendSync(CALLS_CHANNEL) as string[];
const kiosk = Object.fromEntries(
  names.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)]),
) as KioskApi;

contextBridge.exposeInMainWorld('kiosk', kiosk);
