import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { replaceFile } from '../replace-file';
import type { Lockout } from './lockout';
import type { PinHash } from './pin';

/** The settings file's name inside the data folder. */
export const SETTINGS_NAME = 'settings.json';

/** What `<data-dir>/settings.json` holds: the PIN's hash only, the lockout, and the kiosk's settings. */
export interface SettingsFile {
  v: 1;
  pin: PinHash | null;
  lockout: Lockout;
  kioskId: string;
  event: string;
}

/** Limits on the kiosk's own settings: they go into every signup and every export. */
export const KIOSK_ID_MAX = 40;
export const EVENT_MAX = 120;

const pinSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z.number().int().min(2),
    r: z.number().int().min(1),
    p: z.number().int().min(1),
    salt: z.base64(),
    hash: z.base64(),
  })
  .strict();

const schema = z
  .object({
    v: z.literal(1),
    pin: pinSchema.nullable(),
    lockout: z.object({ failures: z.number().int().min(0), until: z.number().nullable() }).strict(),
    kioskId: z.string().max(KIOSK_ID_MAX),
    event: z.string().max(EVENT_MAX),
  })
  .strict();

/** A fresh kiosk's settings: no PIN, nothing set. */
export const EMPTY_SETTINGS: SettingsFile = {
  v: 1,
  pin: null,
  lockout: { failures: 0, until: null },
  kioskId: '',
  event: '',
};

/** settings.json exists but cannot be used; `message` says what to do. */
export class SettingsDamaged extends Error {}

/**
 * Reads the settings; a missing file is a fresh kiosk. A file that does not parse is never taken
 * for "no PIN yet" (anyone could then choose one): it throws SettingsDamaged.
 */
export async function readSettings(dataDir: string): Promise<SettingsFile> {
  const path = join(dataDir, SETTINGS_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_SETTINGS;
    throw new SettingsDamaged(
      `The kiosk cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}): check the data folder.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new SettingsDamaged(
      `${path} is damaged. Set a new staff PIN from a terminal (npm run staff-pin -- --data-dir ${dataDir}), then set the kiosk id and event again.`,
    );
  }
  return parsed.data;
}

/** Writes the settings whole, privately (0600) and atomically: a crash leaves the old or the new file. */
export async function writeSettings(dataDir: string, settings: SettingsFile): Promise<void> {
  await replaceFile(join(dataDir, SETTINGS_NAME), `${JSON.stringify(settings, null, 2)}\n`);
}

/** What the checklist needs of the settings, read once: whether a PIN is set, and the kiosk's settings. */
export async function settingsStatus(
  dataDir: string,
): Promise<{ pinSet: boolean; problem: string | null; kioskId: string; event: string }> {
  try {
    const file = await readSettings(dataDir);
    return { pinSet: file.pin !== null, problem: null, kioskId: file.kioskId, event: file.event };
  } catch (error) {
    if (!(error instanceof SettingsDamaged)) throw error;
    return { pinSet: true, problem: error.message, kioskId: '', event: '' };
  }
}
