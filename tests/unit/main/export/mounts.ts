import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: 'pipe' });

/** Why real mounts cannot be used here, or null when they can (root, with mount allowed). */
export const cannotMount: string | null = (() => {
  const probe = join(tmpdir(), `kiosk-export-mount-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  try {
    run('mount', '-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', probe);
    run('umount', probe);
    return null;
  } catch (error) {
    return `mounting a tmpfs is not allowed here (${(error as Error).message.split('\n')[0]})`;
  } finally {
    rmdirSync(probe);
  }
})();

const mounted: string[] = [];

/** Mounts a small tmpfs on `dir` (a stand-in USB stick); `options` as for mount -o. */
export function mountTmpfs(dir: string, options = 'size=32k'): void {
  run('mount', '-t', 'tmpfs', '-o', options, 'tmpfs', dir);
  mounted.push(dir);
}

/** Detaches the tmpfs at `dir` at once, open files and all, as a stick pulled out does. */
export function pullOut(dir: string): void {
  run('umount', '-l', dir);
  mounted.splice(mounted.lastIndexOf(dir), 1);
}

/** Unmounts whatever the tests left mounted. */
export function unmountAll(): void {
  while (mounted.length) run('umount', '-l', mounted.pop()!);
}
