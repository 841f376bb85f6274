import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetPin } from '../../../../main/staff/service';
import { STAFF_IDLE_MS } from '../../../../main/staff/session';
import { manualClock, staffOver, tempDir } from './fixtures';

const PIN = '246810';
let data: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (data = await tempDir()));
afterEach(() => data.remove());

const settingsText = () => readFile(join(data.dir, 'settings.json'), 'utf8');

describe('staff mode: the PIN', () => {
  it('is chosen once, entered twice, and unlocks at once; only its scrypt hash reaches the disk, privately', async () => {
    const staff = await staffOver(data.dir);
    expect(await staff.state()).toMatchObject({ pinSet: false, unlocked: false });
    expect(await staff.setPin('12345', '12345')).toMatchObject({
      ok: false,
      message: 'A PIN is 6 to 12 digits.',
    });
    expect(await staff.setPin(PIN, '246811')).toMatchObject({ ok: false });
    expect(await staff.setPin(PIN, PIN)).toEqual({ ok: true });
    expect(await staff.state()).toMatchObject({ pinSet: true, unlocked: true });

    const text = await settingsText();
    expect(text).not.toContain(PIN);
    expect(JSON.parse(text)).toMatchObject({ pin: { algorithm: 'scrypt', salt: expect.any(String) } });
    expect((await stat(join(data.dir, 'settings.json'))).mode & 0o777).toBe(0o600);
    // Written atomically: no temp file left beside it.
    expect(await readdir(data.dir)).toEqual(['settings.json']);
  });

  it('cannot be replaced while staff mode is locked', async () => {
    const staff = await staffOver(data.dir);
    await staff.setPin(PIN, PIN);
    staff.session.lock();
    expect(await staff.setPin('135790', '135790')).toBe('locked');
    expect(await staff.unlock(PIN)).toEqual({ unlocked: true });
    expect(await staff.setPin('135790', '135790')).toEqual({ ok: true });
  });

  it('locks the pad after five wrong PINs for a minute, doubling, and a restart does not clear it', async () => {
    const clock = manualClock();
    let staff = await staffOver(data.dir, clock.now);
    await staff.setPin(PIN, PIN);
    staff.session.lock();
    for (let left = 4; left >= 1; left--) {
      expect(await staff.unlock('111111')).toMatchObject({
        unlocked: false,
        triesLeft: left,
        lockedSeconds: 0,
      });
    }
    expect(await staff.unlock('111111')).toMatchObject({ unlocked: false, lockedSeconds: 60 });

    // A restart: a new kiosk over the same data folder.
    staff = await staffOver(data.dir, clock.now);
    expect(await staff.state()).toMatchObject({ pinSet: true, lockedSeconds: 60 });
    // While locked, even the right PIN is not tried.
    expect(await staff.unlock(PIN)).toMatchObject({ unlocked: false, lockedSeconds: 60 });

    clock.advance(60_000);
    expect(await staff.unlock('111111')).toMatchObject({ unlocked: false, lockedSeconds: 120 });
    clock.advance(120_000);
    expect(await staff.unlock(PIN)).toEqual({ unlocked: true });
    expect(JSON.parse(await settingsText())).toMatchObject({ lockout: { failures: 0, until: null } });
  });

  it('counts wrong PINs sent at the same moment one by one', async () => {
    const staff = await staffOver(data.dir);
    await staff.setPin(PIN, PIN);
    staff.session.lock();
    const answers = await Promise.all(Array.from({ length: 8 }, () => staff.unlock('000000')));
    expect(answers.filter((answer) => !answer.unlocked && answer.lockedSeconds > 0)).toHaveLength(4);
    expect(JSON.parse(await settingsText())).toMatchObject({ lockout: { failures: 5 } });
  });

  it('takes a damaged settings file for "PIN unknown", never for "no PIN yet"', async () => {
    await writeFile(join(data.dir, 'settings.json'), '{ torn', { mode: 0o600 });
    const staff = await staffOver(data.dir);
    const state = await staff.state();
    expect(state).toMatchObject({ pinSet: true, problem: expect.stringContaining('npm run staff-pin') });
    expect(await staff.setPin(PIN, PIN)).toMatchObject({ ok: false });
    expect(await staff.unlock(PIN)).toMatchObject({ unlocked: false });
  });

  it('is reset from a terminal, clearing the lockout and keeping the kiosk settings', async () => {
    const staff = await staffOver(data.dir);
    await staff.setPin(PIN, PIN);
    await staff.saveSettings({ kioskId: 'table-1', event: 'Conference' });
    staff.session.lock();
    for (let i = 0; i < 5; i++) await staff.unlock('111111');
    expect(await resetPin(data.dir, '135790')).toEqual({ keptSettings: true });
    // The running kiosk takes the new PIN at once.
    expect(await staff.unlock('135790')).toEqual({ unlocked: true });
    expect(staff.settings()).toEqual({ kioskId: 'table-1', event: 'Conference' });
  });
});

describe('staff mode: the session in main', () => {
  it('ends two minutes after the last staff call, and each call keeps it open', async () => {
    const clock = manualClock();
    const staff = await staffOver(data.dir, clock.now);
    await staff.setPin(PIN, PIN);
    clock.advance(STAFF_IDLE_MS - 1000);
    expect(staff.session.check()).toBe(true);
    clock.advance(STAFF_IDLE_MS - 1000);
    expect(staff.session.check()).toBe(true);
    clock.advance(STAFF_IDLE_MS);
    expect(staff.session.check()).toBe(false);
    expect((await staff.state()).unlocked).toBe(false);
  });
});

describe('staff mode: the kiosk settings', () => {
  it('are kept trimmed in settings.json, which is replaced whole and private even if it was not', async () => {
    const loose = { v: 1, pin: null, lockout: { failures: 0, until: null }, kioskId: '', event: '' };
    await writeFile(join(data.dir, 'settings.json'), JSON.stringify(loose), { mode: 0o644 });
    const staff = await staffOver(data.dir);
    expect(staff.settings()).toEqual({ kioskId: '', event: '' });
    expect(await staff.saveSettings({ kioskId: ' table-1 ', event: ' Nurses Conference ' })).toEqual({
      kioskId: 'table-1',
      event: 'Nurses Conference',
    });
    // Signups are stamped from memory (saving one cannot wait for a file); a restart reads the file.
    expect(staff.settings()).toEqual({ kioskId: 'table-1', event: 'Nurses Conference' });
    expect((await stat(join(data.dir, 'settings.json'))).mode & 0o777).toBe(0o600);
    expect((await staffOver(data.dir)).settings()).toEqual({
      kioskId: 'table-1',
      event: 'Nurses Conference',
    });
  });

  it('are not saved over a damaged settings file, which would lose its PIN', async () => {
    await writeFile(join(data.dir, 'settings.json'), '', { mode: 0o600 });
    const staff = await staffOver(data.dir);
    await expect(staff.saveSettings({ kioskId: 'x', event: 'y' })).rejects.toThrow(/damaged/);
    expect(await readFile(join(data.dir, 'settings.json'), 'utf8')).toBe('');
  });
});
