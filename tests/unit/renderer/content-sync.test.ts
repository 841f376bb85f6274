import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../renderer/api';
import { syncContent } from '../../../renderer/content-sync';
import { useKiosk } from '../../../renderer/store';
import { contentState } from './fixtures';

const callMain = vi.hoisted(() => vi.fn());
vi.mock('../../../renderer/api', async (original) => ({ ...(await original<object>()), callMain }));

afterEach(() => callMain.mockReset());

describe('content sync', () => {
  it('loads the content, then waits for each new version', async () => {
    const controller = new AbortController();
    callMain
      .mockResolvedValueOnce(contentState({ version: 1 }))
      .mockResolvedValueOnce(contentState({ version: 2, folder: '/changed' }))
      .mockImplementation(() => {
        controller.abort();
        return Promise.resolve(contentState({ version: 2 }));
      });
    await syncContent(controller.signal);
    expect(callMain.mock.calls[0]).toEqual(['getContent', {}]);
    expect(callMain.mock.calls[1]).toEqual(['getContent', { since: 1, waitMs: 25_000 }]);
    expect(callMain.mock.calls[2]).toEqual(['getContent', { since: 2, waitMs: 25_000 }]);
    expect(useKiosk.getState().content?.folder).toBe('/changed');
  });

  it('takes the answer to a first call asked for early, and asks again when that one failed', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    callMain
      .mockResolvedValueOnce(contentState({ version: 3, folder: '/asked-again' }))
      .mockImplementation(() => {
        controller.abort();
        return Promise.resolve(contentState({ version: 3 }));
      });
    const synced = syncContent(controller.signal, Promise.reject(new Error('host not up yet')));
    await vi.runAllTimersAsync();
    await synced;
    vi.useRealTimers();
    // The failed early answer is not awaited again: the first call made is a fresh one.
    expect(callMain.mock.calls[0]).toEqual(['getContent', {}]);
    expect(useKiosk.getState().content?.folder).toBe('/asked-again');
  });

  it('takes a first answer asked for early without asking for it again', async () => {
    const controller = new AbortController();
    callMain.mockImplementation(() => {
      controller.abort();
      return Promise.resolve(contentState({ version: 1 }));
    });
    await syncContent(controller.signal, Promise.resolve(contentState({ version: 1, folder: '/early' })));
    expect(callMain.mock.calls).toEqual([['getContent', { since: 1, waitMs: 25_000 }]]);
    expect(useKiosk.getState().content?.folder).toBe('/early');
  });

  it('tells staff to open the full address when the token is missing', async () => {
    callMain.mockRejectedValue(new ApiCallError({ code: 'forbidden', message: 'no token' }));
    await syncContent(new AbortController().signal);
    expect(useKiosk.getState().connectionError).toMatch(/full address/);
  });
});
