import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../main/api';
import { dispatch } from '../../../main/dispatch';
import { fakeHandlers } from '../../support/fake-handlers';

const handlers = (overrides: Partial<Handlers> = {}): Handlers => fakeHandlers('browser', overrides);

describe('dispatch', () => {
  it('runs a known call with its parsed argument', async () => {
    const impl = handlers();
    expect(await dispatch(impl, 'getContent', { since: 3, waitMs: 10 })).toEqual({
      ok: true,
      value: { version: 1, folder: '/c', content: null, problems: [] },
    });
    expect(impl.getContent).toHaveBeenCalledWith({ since: 3, waitMs: 10 });
  });

  it('refuses a call that is not in the contract, including object built-ins', async () => {
    for (const name of ['deleteEverything', '__proto__', 'toString', 42]) {
      const result = await dispatch(handlers(), name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
  });

  it('refuses an argument that does not parse, without running the handler', async () => {
    const impl = handlers();
    for (const bad of [{ since: -1 }, { since: 'soon' }, { extra: true }, 'text', [1]]) {
      const result = await dispatch(impl, 'getContent', bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    }
    expect(impl.getContent).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an internal error instead of throwing', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const impl = handlers({ getInfo: async () => Promise.reject(new Error('disk on fire')) });
    const result = await dispatch(impl, 'getInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    spy.mockRestore();
  });
});
