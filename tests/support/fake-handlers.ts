import { vi } from 'vitest';
import type { AppInfo, Handlers } from '../../main/api';

/**
 * Stand-in handlers for the transport tests (dispatch, HTTP, IPC): each call answers a fixed value,
 * so those tests check the transport, not the kiosk behind it.
 */
export function fakeHandlers(host: AppInfo['host'], overrides: Partial<Handlers> = {}): Handlers {
  return {
    getContent: vi.fn(() => Promise.resolve({ version: 1, folder: '/c', content: null, problems: [] })),
    getInfo: vi.fn(() => Promise.resolve({ name: 'Kiosk', version: '1.0.0', host, preview: false })),
    checkSignup: vi.fn(() => Promise.resolve({ errors: {} })),
    submitSignup: vi.fn(() => Promise.resolve({ status: 'saved' as const })),
    getSignupStatus: vi.fn(() => Promise.resolve({ count: 0, problem: null })),
    recordEvent: vi.fn(() => Promise.resolve({ recorded: true as const })),
    staffState: vi.fn(() =>
      Promise.resolve({ pinSet: true, unlocked: false, lockedSeconds: 0, problem: null }),
    ),
    unlockStaff: vi.fn(() => Promise.resolve({ unlocked: true as const })),
    setStaffPin: vi.fn(() => Promise.resolve({ ok: true as const })),
    lockStaff: vi.fn(() => Promise.resolve({ unlocked: false as const })),
    staffPreflight: vi.fn(() => Promise.resolve({ lines: [] })),
    staffDashboard: vi.fn(() => Promise.reject(new Error('not in transport tests'))),
    saveStaffSettings: vi.fn(() => Promise.resolve({ kioskId: '', event: '' })),
    listExportDestinations: vi.fn(() => Promise.resolve({ destinations: [] })),
    exportSignups: vi.fn(() => Promise.resolve({ ok: false as const, message: 'not in transport tests' })),
    exportAnalytics: vi.fn(() => Promise.resolve({ ok: false as const, message: 'not in transport tests' })),
    reloadContent: vi.fn(() => Promise.resolve({ version: 1, folder: '/c', content: null, problems: [] })),
    quitKiosk: vi.fn(() => Promise.resolve({ quitting: false })),
    ...overrides,
  };
}
