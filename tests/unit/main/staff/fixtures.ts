import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaff, type Staff } from '../../../../main/staff/service';

/** A temporary data folder. */
export async function tempDir(
  prefix = 'kiosk-staff-',
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2026-11-29T15:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Staff mode's core over `dir`, as a kiosk starting there would build it. */
export const staffOver = (dir: string, now?: () => number): Promise<Staff> =>
  createStaff({ dataDir: dir, log: () => {}, ...(now ? { now } : {}) });
