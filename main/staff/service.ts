import { afterFailure, lockedFor, OPEN, triesLeft } from './lockout';
import { hashPin, isValidPin, PIN_MAX_DIGITS, PIN_MIN_DIGITS, verifyPin } from './pin';
import { createStaffSession, type StaffSession } from './session';
import { readSettings, SettingsDamaged, writeSettings, type SettingsFile } from './settings-file';
import type { KioskSettings, StaffState, UnlockResult } from './types';

/** Why a new PIN was not taken, or `locked` when only an unlocked session may replace one. */
export type SetPinResult = { ok: true } | { ok: false; message: string } | 'locked';

/** Staff mode's core: the PIN, its lockout, the session, and the kiosk's settings. */
export interface Staff {
  state(): Promise<StaffState>;
  unlock(pin: string): Promise<UnlockResult>;
  /** Sets the PIN when none is set yet; replacing one needs an unlocked session. Unlocks. */
  setPin(pin: string, confirm: string): Promise<SetPinResult>;
  /** The session in main; every staff call checks it. */
  session: StaffSession;
  /** The kiosk id and event as last read, for stamping signups (which cannot wait for a file). */
  settings(): KioskSettings;
  saveSettings(settings: KioskSettings): Promise<KioskSettings>;
}

/** What createStaff needs; `now` is the seam tests move. */
export interface StaffOptions {
  dataDir: string;
  log: (line: string) => void;
  now?: () => number;
}

const seconds = (ms: number) => Math.ceil(ms / 1000);

/** Words for a lock of `ms`, such as "1 minute" or "4 minutes". */
export function waitWords(ms: number): string {
  const s = seconds(ms);
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return m < 120 ? `${m} minute${m === 1 ? '' : 's'}` : `${Math.ceil(m / 60)} hours`;
}

/**
 * Starts staff mode's core over `<dataDir>/settings.json`. The file is read afresh for every PIN
 * operation, so a PIN reset from a terminal (npm run staff-pin) counts at once, and operations
 * run one at a time, so two PINs sent together cannot both slip past the count of failures.
 */
export async function createStaff({ dataDir, log, now = Date.now }: StaffOptions): Promise<Staff> {
  const session = createStaffSession(now);
  let cached: KioskSettings = { kioskId: '', event: '' };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };
  const read = async (): Promise<SettingsFile> => {
    const file = await readSettings(dataDir);
    cached = { kioskId: file.kioskId, event: file.event };
    return file;
  };
  await read().catch((error: unknown) => log(`staff settings: ${(error as Error).message}`));

  const state = async (): Promise<StaffState> => {
    try {
      const file = await read();
      return {
        pinSet: file.pin !== null,
        unlocked: session.peek(),
        lockedSeconds: seconds(lockedFor(file.lockout, now())),
        problem: null,
      };
    } catch (error) {
      if (!(error instanceof SettingsDamaged)) throw error;
      // A damaged file is never "no PIN": that would let anyone at the table choose one.
      return { pinSet: true, unlocked: session.peek(), lockedSeconds: 0, problem: error.message };
    }
  };

  const unlock = async (pin: string): Promise<UnlockResult> => {
    let file: SettingsFile;
    try {
      file = await read();
    } catch (error) {
      if (!(error instanceof SettingsDamaged)) throw error;
      return { unlocked: false, triesLeft: 0, lockedSeconds: 0, message: error.message };
    }
    if (!file.pin) {
      return { unlocked: false, triesLeft: 0, lockedSeconds: 0, message: 'No PIN is set yet: choose one.' };
    }
    const wait = lockedFor(file.lockout, now());
    if (wait > 0) {
      return {
        unlocked: false,
        triesLeft: 0,
        lockedSeconds: seconds(wait),
        message: `Too many wrong PINs. Try again in ${waitWords(wait)}.`,
      };
    }
    if (isValidPin(pin) && (await verifyPin(pin, file.pin))) {
      if (file.lockout.failures > 0) await writeSettings(dataDir, { ...file, lockout: OPEN });
      session.unlock();
      log('staff mode unlocked');
      return { unlocked: true };
    }
    // Written before answering: a restart right after a wrong PIN must not forget it.
    const lockout = afterFailure(file.lockout, now());
    await writeSettings(dataDir, { ...file, lockout });
    const locked = lockedFor(lockout, now());
    log(`wrong staff PIN (${lockout.failures} in a row)`);
    const left = triesLeft(lockout);
    return {
      unlocked: false,
      triesLeft: left,
      lockedSeconds: seconds(locked),
      message:
        locked > 0
          ? `Too many wrong PINs. Try again in ${waitWords(locked)}.`
          : `That is not the PIN. ${left} ${left === 1 ? 'try' : 'tries'} left before the pad locks.`,
    };
  };

  const setPin = async (pin: string, confirm: string): Promise<SetPinResult> => {
    let file: SettingsFile;
    try {
      file = await read();
    } catch (error) {
      if (!(error instanceof SettingsDamaged)) throw error;
      return { ok: false, message: error.message };
    }
    if (file.pin && !session.check()) return 'locked';
    if (!isValidPin(pin)) {
      return { ok: false, message: `A PIN is ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits.` };
    }
    if (pin !== confirm) return { ok: false, message: 'The two PINs are not the same. Start again.' };
    await writeSettings(dataDir, { ...file, pin: await hashPin(pin), lockout: OPEN });
    session.unlock();
    log(file.pin ? 'staff PIN changed' : 'staff PIN chosen');
    return { ok: true };
  };

  const saveSettings = async (settings: KioskSettings): Promise<KioskSettings> => {
    const file = await read();
    const next = { kioskId: settings.kioskId.trim(), event: settings.event.trim() };
    await writeSettings(dataDir, { ...file, ...next });
    cached = next;
    log(`kiosk settings saved: kiosk id "${next.kioskId}", event "${next.event}"`);
    return next;
  };

  return {
    state: () => serial(state),
    unlock: (pin) => serial(() => unlock(pin)),
    setPin: (pin, confirm) => serial(() => setPin(pin, confirm)),
    session,
    settings: () => cached,
    saveSettings: (settings) => serial(() => saveSettings(settings)),
  };
}

/**
 * Sets a new PIN from a terminal (npm run staff-pin) and clears the lockout, keeping the kiosk id
 * and event. A damaged settings file is replaced; `keptSettings` says whether they were kept.
 */
export async function resetPin(dataDir: string, pin: string): Promise<{ keptSettings: boolean }> {
  if (!isValidPin(pin)) throw new Error(`A PIN is ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits.`);
  let file: SettingsFile | null;
  try {
    file = await readSettings(dataDir);
  } catch (error) {
    if (!(error instanceof SettingsDamaged)) throw error;
    file = null;
  }
  const base = file ?? { v: 1 as const, pin: null, lockout: OPEN, kioskId: '', event: '' };
  await writeSettings(dataDir, { ...base, pin: await hashPin(pin), lockout: OPEN });
  return { keptSettings: file !== null };
}
