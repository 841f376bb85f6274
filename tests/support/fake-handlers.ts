import { vi } from 'vitest';
import type { AppInfo, Handlers } from '../../main/api';

/**
 * Stand-in handlers for the transport tests (dispatch, HTTP, IPC): each call answers a fixed value,
 * so those tests check the transport, not the kiosk behind it.
 */
export function fakeHandlers(host: AppInfo['host'], overrides: Partial<Handlers> = {}): Handlers {
  return {
    getContent: vi.fn(() => Promise.resolve({ version: 1, folder: '/c', content: null, problems: [] })),
    getInfo: vi.fn(() => Promise.resolve({ name: 'Kiosk', version: '1.0.0', host })),
    checkSignup: vi.fn(() => Promise.resolve({ errors: {} })),
    submitSignup: vi.fn(() => Promise.resolve({ status: 'saved' as const })),
    getSignupStatus: vi.fn(() => Promise.resolve({ count: 0, problem: null })),
    ...overrides,
  };
}
