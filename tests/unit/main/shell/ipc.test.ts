import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../main/api';
import { CALLS_CHANNEL } from '../../../../main/shell/channels';
import { registerIpc } from '../../../../main/shell/ipc';

// Only the registration is Electron's; a stand-in ipcMain records what the kiosk registers.
const ipcMain = vi.hoisted(() => ({
  handle: vi.fn(),
  on: vi.fn(),
}));
vi.mock('electron', () => ({ ipcMain }));

const handlers: Handlers = {
  getContent: vi.fn(async () => ({ version: 1, folder: '/c', content: null, problems: [] })),
  getInfo: vi.fn(async () => ({ name: 'Kiosk', version: '1.0.0', host: 'electron' as const })),
};

describe('registerIpc', () => {
  it('answers every call of the contract, and tells the preload their names', async () => {
    registerIpc(handlers);
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual([
      'kiosk:getContent',
      'kiosk:getInfo',
    ]);
    const [channel, listener] = ipcMain.on.mock.calls[0]!;
    expect(channel).toBe(CALLS_CHANNEL);
    const event = { senderFrame: { url: 'app://kiosk/index.html' }, returnValue: undefined as unknown };
    listener(event);
    expect(event.returnValue).toEqual(['getContent', 'getInfo']);

    const [, getInfo] = ipcMain.handle.mock.calls[1]!;
    expect(await getInfo({ senderFrame: { url: 'app://kiosk/index.html' } }, {})).toMatchObject({ ok: true });
  });
});
