import { vi } from 'vitest';
import type { CallName, StaffDashboard } from '../../../../main/api';
import { ApiCallError } from '../../../../renderer/api';

/**
 * A stand-in for main's staff calls, kept in memory: the PIN, the lockout, the session. The
 * renderer's tests drive the screens against it as they would against main.
 */
export function fakeMain() {
  const state = { pin: null as string | null, unlocked: false, wrong: 0, lockedSeconds: 0 };
  const dashboard: StaffDashboard = {
    today: '2026-11-29',
    signups: { today: 3, total: 40, byHourToday: Array.from({ length: 24 }, (_, h) => (h === 10 ? 3 : 0)) },
    visits: { wakeUps: 12, started: 4, completed: 3, abandoned: 1, idleResets: 2 },
    topQuestions: [{ id: 'who', today: 5, total: 9 }],
    answerToSignup: { today: { readers: 8, signedUp: 2 }, total: { readers: 30, signedUp: 10 } },
    lastExport: null,
    settings: { kioskId: '', event: '' },
  };
  const locked = () => Promise.reject(new ApiCallError({ code: 'locked', message: 'Staff mode is locked.' }));
  const calls: Partial<Record<CallName, (input: never) => Promise<unknown>>> = {
    lockStaff: async () => {
      state.unlocked = false;
      return { unlocked: false };
    },
    staffState: async () => ({
      pinSet: state.pin !== null,
      unlocked: state.unlocked,
      lockedSeconds: state.lockedSeconds,
      problem: null,
    }),
    setStaffPin: async ({ pin, confirm }: { pin: string; confirm: string }) => {
      if (pin !== confirm) return { ok: false, message: 'The two PINs are not the same. Start again.' };
      state.pin = pin;
      state.unlocked = true;
      return { ok: true };
    },
    unlockStaff: async ({ pin }: { pin: string }) => {
      if (pin === state.pin) {
        state.unlocked = true;
        return { unlocked: true };
      }
      state.wrong++;
      state.lockedSeconds = state.wrong >= 5 ? 60 : 0;
      return {
        unlocked: false,
        triesLeft: Math.max(0, 5 - state.wrong),
        lockedSeconds: state.lockedSeconds,
        message: state.lockedSeconds ? 'Too many wrong PINs. Try again in 1 minute.' : 'That is not the PIN.',
      };
    },
    staffPreflight: async () =>
      state.unlocked
        ? {
            lines: [
              { id: 'content', ok: false, title: 'The content loads without errors', detail: '1 error(s).' },
              {
                id: 'pin',
                ok: true,
                title: 'A staff PIN is set',
                detail: 'Only people with the PIN can open staff mode.',
              },
            ],
          }
        : locked(),
    staffDashboard: async () => (state.unlocked ? dashboard : locked()),
    recordEvent: async () => ({ recorded: true }),
  };
  const callMain = vi.fn((name: CallName, input: unknown) => {
    const call = calls[name];
    return call ? call(input as never) : Promise.reject(new Error(`no fake for ${name}`));
  });
  return { state, callMain };
}
