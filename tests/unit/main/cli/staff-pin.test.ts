import { spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffOver, tempDir } from '../staff/fixtures';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

function staffPinCli(args: string[], input?: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['dist/cli/staff-pin.mjs', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 30_000,
    input: input ?? '',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

let data: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (data = await tempDir('kiosk-staff-pin-')));
afterEach(() => data.remove());

describe('npm run staff-pin', () => {
  it('sets a new PIN from standard input, clears the lockout and keeps the kiosk settings', async () => {
    const staff = await staffOver(data.dir);
    await staff.setPin('246810', '246810');
    await staff.saveSettings({ kioskId: 'table-1', event: 'Conference' });
    staff.session.lock();
    for (let i = 0; i < 5; i++) await staff.unlock('000000');
    expect((await staff.state()).lockedSeconds).toBeGreaterThan(0);

    const { status, output } = staffPinCli(['--data-dir', data.dir, '--pin-stdin'], '135790\n');
    expect(output).toContain('The staff PIN is set, and any lockout cleared');
    expect(status).toBe(0);
    const file = join(data.dir, 'settings.json');
    expect(await readFile(file, 'utf8')).not.toContain('135790');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // The running kiosk takes it at once; the old PIN is gone.
    expect(await staff.unlock('246810')).toMatchObject({ unlocked: false });
    expect(await staff.unlock('135790')).toEqual({ unlocked: true });
    expect(staff.settings()).toEqual({ kioskId: 'table-1', event: 'Conference' });
  });

  it('replaces a damaged settings file, and says the settings must be set again', async () => {
    await writeFile(join(data.dir, 'settings.json'), '{ torn');
    const { status, output } = staffPinCli(['--data-dir', data.dir, '--pin-stdin'], '135790\n');
    expect(output).toContain('set the kiosk id and event again');
    expect(status).toBe(0);
    expect(await (await staffOver(data.dir)).unlock('135790')).toEqual({ unlocked: true });
  });

  it('refuses a short PIN, a missing folder, and no terminal without --pin-stdin, changing nothing', async () => {
    const short = staffPinCli(['--data-dir', data.dir, '--pin-stdin'], '1234\n');
    expect(short.output).toContain('A PIN is 6 to 12 digits. Nothing was changed.');
    expect(short.output).not.toContain('Usage:');
    expect(short.status).toBe(1);
    const missing = staffPinCli(['--data-dir', join(data.dir, 'nope'), '--pin-stdin'], '135790\n');
    expect(missing.output).toContain('is not a folder');
    expect(missing.status).toBe(2);
    const noTerminal = staffPinCli(['--data-dir', data.dir]);
    expect(noTerminal.output).toContain('Run this in a terminal to type the PIN');
    expect(noTerminal.status).toBe(2);
    await expect(stat(join(data.dir, 'settings.json'))).rejects.toThrow();
  });
});
