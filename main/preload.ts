import { contextBridge, ipcRenderer } from 'electron';
import { callNames, type KioskApi } from './api';
import { channelFor } from './shell/ipc-listener';

// Built from the contract: one invoker per call, and nothing else reaches the page.
const kiosk = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)]),
) as KioskApi;

contextBridge.exposeInMainWorld('kiosk', kiosk);
