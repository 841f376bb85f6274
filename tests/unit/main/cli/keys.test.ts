import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../signups/fixtures';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

// Organizers run the built tool, so the test does too.
function keys(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['dist/cli/keys.mjs', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  folder = await tempFolder('kiosk-keys-');
});
afterEach(() => folder.remove());

describe('npm run keys -- new', () => {
  it('writes a private identity in the format of age-keygen, and prints the public key for sealTo', async () => {
    const out = join(folder.dir, 'organizer-key.txt');
    const { status, stdout } = keys('new', '--out', out);
    expect(status).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(
      /^# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n# public key: age1[a-z0-9]{58}\nAGE-SECRET-KEY-1[A-Z0-9]{58}\n$/,
    );
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const recipient = /# public key: (age1\S+)/.exec(text)![1]!;
    expect(stdout).toContain(`\n  ${recipient}\n`);
    expect(stdout).toMatch(/Keep this file off the kiosk/);
    expect(stdout).not.toContain('AGE-SECRET-KEY');
    // The reference tool agrees on its public key.
    expect(execFileSync('age-keygen', ['-y', out], { encoding: 'utf8' }).trim()).toBe(recipient);
  });

  it('makes a key the reference tool seals to (age -r) and opens with (age -d -i)', async () => {
    const out = join(folder.dir, 'key.txt');
    keys('new', '--out', out);
    const recipient = keys('public', '--identity', out).stdout.trim();
    const sealed = execFileSync('age', ['-r', recipient, '-a'], { input: 'a signup' });
    expect(execFileSync('age', ['-d', '-i', out], { input: sealed, encoding: 'utf8' })).toBe('a signup');
  });

  it('never overwrites a file: an overwritten identity is every signup sealed to it lost', async () => {
    const out = join(folder.dir, 'key.txt');
    await writeFile(out, 'an earlier identity\n');
    const { status, stderr } = keys('new', '--out', out);
    expect(status).toBe(2);
    expect(stderr).toContain(`${out} already exists, and is left as it is`);
    expect(await readFile(out, 'utf8')).toBe('an earlier identity\n');
  });

  it("refuses to write the identity into the kiosk's content or data folder", () => {
    const out = join(repo, 'content', 'organizer-key.txt');
    const { status, stderr } = keys('new', '--out', out);
    expect(status).toBe(2);
    expect(stderr).toContain("is inside the kiosk's content or data folder");
    expect(spawnSync('test', ['-e', out]).status).toBe(1);
  });

  it('says how to use it when the command or --out is missing', () => {
    expect(keys('new')).toMatchObject({ status: 2, stderr: expect.stringContaining('--out FILE') });
    expect(keys()).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: npm run keys') });
    expect(keys('new', '--bogus')).toMatchObject({ status: 2 });
  });
});

describe('npm run keys -- public', () => {
  it('prints the public key of an identity from age-keygen, without the private key', () => {
    const out = join(folder.dir, 'k.txt');
    execFileSync('age-keygen', ['-o', out], { stdio: 'pipe' });
    const { status, stdout } = keys('public', '--identity', out);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(execFileSync('age-keygen', ['-y', out], { encoding: 'utf8' }).trim());
  });
});
