import { describe, expect, it, vi } from 'vitest';
import { callNames, type Handlers } from '../../../../main/api';
import { fakeHandlers } from '../../../support/fake-handlers';
import { CALLS_CHANNEL } from '../../../../main/shell/channels';
import type { IpcSender } from '../../../../main/shell/ipc-listener';
import { registerIpc } from '../../../../main/shell/ipc';

// Only the registration is Electron's; a stand-in ipcMain records what the kiosk registers.
const ipcMain = vi.hoisted(() => ({
  handle:
    vi.fn<(channel: string, listener: (event: IpcSender, argument: unknown) => Promise<unknown>) => void>(),
  on: vi.fn<(channel: string, listener: (event: IpcSender & { returnValue: unknown }) => void) => void>(),
}));
vi.mock('electron', () => ({ ipcMain }));

const handlers: Handlers = fakeHandlers('electron');

describe('registerIpc', () => {
  it('answers every call of the contract, and tells the preload their names', async () => {
    registerIpc(handlers);
    // Every call, whichever wing answers it: the contract's list, not one kept here.
    expect(callNames).toEqual(
      expect.arrayContaining(['getContent', 'submitSignup', 'unlockStaff', 'quitKiosk']),
    );
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual(
      callNames.map((name) => `kiosk:${name}`),
    );
    const [channel, listener] = ipcMain.on.mock.calls[0]!;
    expect(channel).toBe(CALLS_CHANNEL);
    const event = { senderFrame: { url: 'app://kiosk/index.html' }, returnValue: undefined as unknown };
    listener(event);
    expect(event.returnValue).toEqual(callNames);

    const [, getInfo] = ipcMain.handle.mock.calls[1]!;
    expect(await getInfo({ senderFrame: { url: 'app://kiosk/index.html' } }, {})).toMatchObject({ ok: true });
  });
});
