import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync } from 'node:fs';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test } from 'vitest';
import { createSignups, type Signups } from '../../../../main/signups/service';
import type { SignupSubmission } from '../../../../main/signups/types';
import { formsFor, submission, tempFolder } from './fixtures';
import { ageKeygen, openedRecords, type Key } from './seal-fixtures';

const run = (...args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: 'pipe' });
const mounted: string[] = [];
const mount = (...args: string[]) => {
  run('mount', ...args);
  mounted.push(args[args.length - 1]!);
};
const unmount = (dir: string) => {
  run('umount', dir);
  mounted.splice(mounted.lastIndexOf(dir), 1);
};

// Real failures need real mounts; the tests run as root here, where they work.
const canMount = (() => {
  const probe = join(tmpdir(), `kiosk-mount-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  try {
    run('mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe);
    run('umount', probe);
    return true;
  } catch {
    return false;
  } finally {
    rmdirSync(probe);
  }
})();

let folder: Awaited<ReturnType<typeof tempFolder>>;
let signups: Signups | undefined;
let keys: Awaited<ReturnType<typeof tempFolder>>;
let organizer: Key;
const start = (dataDir: string) =>
  createSignups({ dataDir, log: () => {}, settings: () => ({ kioskId: 'k', event: 'e' }) });
// Every record, sealed ones opened; a line that is not a whole record fails the test.
const journalRecords = (dataDir: string) => openedRecords(dataDir, organizer.identities);
const named = (dataDir: string, firstName: string) =>
  journalRecords(dataDir).then((records) => records.filter((r) => r.fields.firstName === firstName).length);

beforeAll(async () => {
  keys = await tempFolder('kiosk-disk-keys-');
  organizer = ageKeygen(keys.dir);
});
beforeEach(async () => {
  folder = await tempFolder('kiosk-disk-');
});
afterEach(async () => {
  await signups?.close();
  signups = undefined;
  while (mounted.length) run('umount', '-l', mounted.pop()!);
  await folder.remove();
});
afterAll(async () => {
  while (mounted.length) run('umount', '-l', mounted.pop()!);
  await keys.remove();
});

// The same failures on a kiosk that seals: sealing changes what is written, never when it is acknowledged.
describe.each([
  { kiosk: 'a clear kiosk', sealed: false },
  { kiosk: 'a sealed kiosk', sealed: true },
])('a full disk, on $kiosk', ({ sealed }) => {
  const forms = (lang: 'en' | 'es') => formsFor(lang, sealed ? [organizer.recipient] : []);
  it('answers not-saved for what is not on disk, and saves the same signup once after space is freed', async () => {
    const disk = join(folder.dir, 'stick');
    const dataDir = join(disk, 'data');
    await mkdir(disk);
    const mechanism = canMount
      ? 'a 64 KB tmpfs'
      : 'a journal linked to /dev/full (mounting is not allowed here)';
    console.log(`full disk test uses ${mechanism}`);
    if (canMount) mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk);
    else {
      await mkdir(dataDir, { mode: 0o700 });
      await symlink('/dev/full', join(dataDir, 'signups.jsonl'));
    }
    signups = await start(dataDir);

    const saved: string[] = [];
    let failed: SignupSubmission | undefined;
    for (let n = 0; n < 1000 && !failed; n++) {
      const form = submission({
        attempt: `visitor-${n}`,
        fields: { firstName: `Person${n}`, workplace: 'w'.repeat(190) },
      });
      const answer = await signups.submit(form, forms('en'));
      if (answer.status === 'saved') saved.push(`Person${n}`);
      else {
        expect(answer).toEqual({
          status: 'not-saved',
          message: 'We could not save this. Please let a staff member know.',
        });
        failed = form;
      }
    }
    expect(failed).toBeDefined();
    expect(signups.status().problem).toMatch(
      canMount ? /^The disk is full: free some space/ : /not a regular file/,
    );
    expect(await signups.submit(submission({ lang: 'es', attempt: 'other' }), forms('es'))).toEqual({
      status: 'not-saved',
      message: 'No pudimos guardar esto. Avisa a alguien del personal.',
    });
    // The retry a visitor is told to make fails the same way while the disk is still full.
    expect((await signups.submit(failed!, forms('en'))).status).toBe('not-saved');
    if (canMount) {
      const records = await journalRecords(dataDir); // every line parses: no half line left behind
      expect(records.map((r) => r.fields.firstName)).toEqual(saved);
    }

    if (canMount) run('mount', '-o', 'remount,size=1m', disk);
    else await rm(join(dataDir, 'signups.jsonl'));
    expect(await signups.submit(failed!, forms('en'))).toEqual({ status: 'saved' });
    expect(await signups.submit(failed!, forms('en'))).toEqual({ status: 'saved' });
    expect(await named(dataDir, failed!.fields.firstName!)).toBe(1);
    expect(signups.status()).toEqual({ count: canMount ? saved.length + 1 : 1, problem: null });
    if (canMount) {
      await signups.close();
      signups = undefined;
      unmount(disk);
    }
  });
});

describe('a read-only data folder', () => {
  if (!canMount)
    console.log('read-only folder test skipped: mounts are not allowed here, and root ignores chmod');

  test.skipIf(!canMount)(
    'answers not-saved while read-only, and saves the signup once when writable again',
    async () => {
      const dataDir = join(folder.dir, 'data');
      signups = await start(dataDir);
      expect(await signups.submit(submission({ attempt: 'first' }), formsFor('en'))).toEqual({
        status: 'saved',
      });
      await signups.close();
      mount('--bind', dataDir, dataDir);
      run('mount', '-o', 'remount,bind,ro', dataDir);

      signups = await start(dataDir);
      expect(signups.status().problem).toMatch(/read-only disk/);
      const form = submission({ attempt: 'second', fields: { firstName: 'Bea' } });
      expect(await signups.submit(form, formsFor('en'))).toEqual({
        status: 'not-saved',
        message: 'We could not save this. Please let a staff member know.',
      });
      expect(await named(dataDir, 'Bea')).toBe(0);

      unmount(dataDir);
      expect(await signups.submit(form, formsFor('en'))).toEqual({ status: 'saved' });
      expect(await signups.submit(form, formsFor('en'))).toEqual({ status: 'saved' });
      expect(await named(dataDir, 'Bea')).toBe(1);
      expect(signups.status()).toEqual({ count: 2, problem: null });
    },
  );
});
