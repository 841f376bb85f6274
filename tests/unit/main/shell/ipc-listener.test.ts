import { describe, expect, it } from 'vitest';
import { callNames, type Handlers } from '../../../../main/api';
import { fakeHandlers } from '../../../support/fake-handlers';

import { createIpcListener, listCallsFor } from '../../../../main/shell/ipc-listener';

const handlers: Handlers = fakeHandlers('electron');

describe('IPC listener', () => {
  it('answers the kiosk window', async () => {
    const listen = createIpcListener(handlers, 'getInfo');
    expect(await listen({ senderFrame: { url: 'app://kiosk/index.html' } }, {})).toEqual({
      ok: true,
      value: { name: 'Kiosk', version: '1.0.0', host: 'electron', preview: false },
    });
  });

  it('refuses any other sender, before running the call', async () => {
    const listen = createIpcListener(handlers, 'getContent');
    for (const url of ['https://evil.example/', 'app://kiosk.evil/index.html', 'file:///etc/passwd', '']) {
      expect(await listen({ senderFrame: { url } }, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await listen({ senderFrame: null }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(handlers.getContent).not.toHaveBeenCalled();
  });

  it('parses the argument with the contract like the browser host does', async () => {
    const listen = createIpcListener(handlers, 'getContent');
    expect(await listen({ senderFrame: { url: 'app://kiosk/' } }, { since: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
  });

  it('tells the kiosk window, and only it, which calls there are', () => {
    expect(listCallsFor({ senderFrame: { url: 'app://kiosk/index.html' } })).toEqual(callNames);
    expect(listCallsFor({ senderFrame: { url: 'https://evil.example/' } })).toEqual([]);
    expect(listCallsFor({ senderFrame: null })).toEqual([]);
  });
});
