import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The browser host's token: read once from the address, then kept in the tab's sessionStorage
// and taken out of the address bar and the history entry.

const answer = () => Promise.resolve(new Response(JSON.stringify({ ok: true, value: { name: 'Kiosk' } })));

beforeEach(() => {
  vi.resetModules();
  sessionStorage.clear();
  vi.stubGlobal('fetch', vi.fn(answer));
});
afterEach(() => vi.unstubAllGlobals());

const sentToken = () => new Headers(vi.mocked(fetch).mock.calls.at(-1)?.[1]?.headers).get('X-Kiosk-Token');

describe('the browser host token', () => {
  it('moves the token from the address to sessionStorage, keeping the rest of the fragment', async () => {
    history.replaceState(null, '', '/#token=secret&inspect');
    const { callMain } = await import('../../../renderer/api');
    await callMain('getInfo', {});
    expect(sentToken()).toBe('secret');
    expect(window.location.hash).toBe('#inspect=');
    expect(sessionStorage.getItem('kiosk-token')).toBe('secret');
  });

  it('finds it again after a reload, when the address no longer has it', async () => {
    sessionStorage.setItem('kiosk-token', 'kept');
    history.replaceState(null, '', '/');
    const { callMain } = await import('../../../renderer/api');
    await callMain('getInfo', {});
    expect(sentToken()).toBe('kept');
  });
});
