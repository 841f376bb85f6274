import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../main/export/atomic-write';
import { exportSignups } from '../../../../main/export/export-signups';
import { explainWriteError } from '../../../../main/export/write-errors';
import { dataDir, record } from './fixtures';
import { cannotMount, mountTmpfs, pullOut, unmountAll } from './mounts';

// Real sticks are stood in for by tmpfs mounts, which need root; the other tests run anywhere.
if (cannotMount) console.log(`tmpfs tests skipped: ${cannotMount}`);

let data: Awaited<ReturnType<typeof dataDir>>;
let stick: string;
afterEach(async () => {
  unmountAll();
  await data.remove();
});

/** A kiosk with `count` signups and an empty "stick" folder beside its data. */
async function setUp(count: number) {
  data = await dataDir(Array.from({ length: count }, (_, i) => record(i)));
  stick = join(data.dir, 'stick');
  await mkdir(stick);
}

const exportTo = (steps = {}) =>
  exportSignups({ dataDir: data.dir, preset: 'all', since: 'everything', folder: stick, steps });

describe('a destination that goes away while the file is written', () => {
  it('leaves no file when the folder is removed between writing and renaming, and says so', async () => {
    await setUp(50);
    const error = exportTo({ beforeRename: () => rm(stick, { recursive: true }) });
    await expect(error).rejects.toThrow(
      /stick went away while the file was being written \(was the USB stick pulled out\?\): plug it back in, then export again\./,
    );
    await expect(readdir(stick)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(data.dir)).not.toContain('exports.jsonl'); // no audit line for a failed export
  });

  it.skipIf(cannotMount)('leaves no file when the stick (a tmpfs) is pulled out mid-export', async () => {
    await setUp(50);
    mountTmpfs(stick, 'size=1m');
    const error = exportTo({ beforeRename: () => Promise.resolve(pullOut(stick)) });
    await expect(error).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(error).rejects.toThrow(
      /went away while the file was being written.*No partial file was left\./,
    );
    // Plugged back in: nothing there, not even the hidden temp file.
    mountTmpfs(stick, 'size=1m');
    expect(await readdir(stick)).toEqual([]);
  });

  it('keeps the file hidden and unfinished-looking until it is complete', async () => {
    await setUp(5);
    let during: string[] = [];
    await exportTo({
      beforeRename: async () => {
        during = await readdir(stick);
      },
    });
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.signups-all-.*\.csv\.[0-9a-f]{8}\.partial$/);
    expect((await readdir(stick)).every((name) => !name.endsWith('.partial'))).toBe(true);
  });
});

describe('a full destination', () => {
  it.skipIf(cannotMount)('leaves no file on a full stick (a 32 KB tmpfs) and says what to do', async () => {
    await setUp(500); // about 270 KB of CSV
    mountTmpfs(stick, 'size=32k');
    const error = exportTo();
    await expect(error).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(error).rejects.toThrow(
      /There is not enough free space in .*stick: free some space there or use another USB stick, then export again\. No partial file was left\./,
    );
    expect(await readdir(stick)).toEqual([]);
  });

  it('removes the temp file when writing fails partway (simulated, runs anywhere)', async () => {
    await setUp(0);
    const error = writeFileAtomically(stick, 'x.csv', async (out) => {
      await new Promise<void>((resolve) => out.write('half a file', () => resolve()));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(error).rejects.toThrow(/not enough free space.*No partial file was left\./);
    expect(await readdir(stick)).toEqual([]);
  });

  it.skipIf(cannotMount)('says a read-only stick is locked', async () => {
    await setUp(5);
    mountTmpfs(stick, 'size=32k,ro');
    await expect(exportTo()).rejects.toThrow(
      /cannot be written to \(read-only\): if it is a USB stick, slide its lock switch off/,
    );
  });
});

describe('a stick without hard links (FAT, exFAT)', () => {
  it('still never overwrites: it checks the name, then renames', async () => {
    await setUp(3);
    const noLinks = () =>
      Promise.reject(Object.assign(new Error('operation not permitted'), { code: 'EPERM' }));
    const first = await exportTo({ link: noLinks });
    const second = await exportTo({ link: noLinks });
    expect(second.file).toBe(first.file.replace(/\.csv$/, '-2.csv'));
    expect((await readdir(stick)).sort()).toEqual(
      [first.file, second.file].map((f) => f.slice(stick.length + 1)).sort(),
    );
  });
});

describe('explainWriteError', () => {
  it.each([
    ['ENOSPC', true, 'There is not enough free space in /media/kiosk/STICK'],
    ['EROFS', true, '/media/kiosk/STICK cannot be written to (read-only)'],
    ['EACCES', false, 'The kiosk is not allowed to write in /media/kiosk/STICK'],
    [
      'ENOENT',
      false,
      'The folder /media/kiosk/STICK does not exist: if it is a USB stick, check that it is plugged in',
    ],
    ['ENOENT', true, '/media/kiosk/STICK went away while the file was being written'],
    ['EIO', true, '/media/kiosk/STICK went away while the file was being written'],
    ['ENOTDIR', false, '/media/kiosk/STICK is not a folder'],
    ['EWHATEVER', true, 'The file could not be written to /media/kiosk/STICK (EWHATEVER): check the drive'],
  ])('explains %s (started: %s)', (code, started, text) => {
    expect(
      explainWriteError(Object.assign(new Error('x'), { code }), '/media/kiosk/STICK', started),
    ).toContain(text);
  });
});
