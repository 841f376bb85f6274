import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A browser host started for a test, as `npm run serve` starts it. */
export interface RunningHost {
  /** The address it printed, token included. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  /** What the host wrote to stderr so far (its log). */
  log(): string;
  stop(): Promise<void>;
}

/** How to start the host besides its content. */
export interface HostOptions {
  /** A data folder to reuse (a restart on the same data); `stop()` leaves it in place. */
  dataDir?: string;
  /** The host's limit on open files (`ulimit -n`), as a small machine or a hostile user might leave it. */
  openFiles?: number;
  /** Runs the host as this user (the tests run as root, which reads even files no one may read). */
  user?: { uid: number; gid: number };
  /** `--preview`: the organizer's preview; `url` is then the preview page's address. */
  preview?: boolean;
}

/**
 * Starts the built browser host on a free port with `contentDir`, and waits for its address. With
 * `dataDir` (a restart on the same data), that folder is used and left in place by `stop()`.
 */
export async function startHost(contentDir: string, options: HostOptions = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'kiosk-data-')));
  if (options.user) await chown(dataDir, options.user.uid, options.user.gid);
  const bundles = options.user ? await readableCopyOfBundles() : 'dist';
  const args = [
    join(bundles, 'host', 'serve.mjs'),
    '--port',
    '0',
    '--content',
    contentDir,
    '--data-dir',
    dataDir,
    ...(options.preview ? ['--preview'] : []),
  ];
  // `exec` keeps the process id, so /proc/<pid> is the host's own.
  const [command, argv] = options.openFiles
    ? ['sh', ['-c', `ulimit -n ${options.openFiles} && exec "$0" "$@"`, process.execPath, ...args]]
    : [process.execPath, args];
  const child = spawn(command, argv, {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`The browser host exited (${code}) before printing its address:\n${stderr}`)),
    );
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '',
    dataDir,
    process: child,
    log: () => stderr,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
      if (bundles !== 'dist') await rm(bundles, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the built host, worker and renderer that any user can read: the checkout itself may
 * sit in a folder only root can enter (a CI clone in a `mktemp -d` folder), where another user
 * could not even load the host. The bundles carry their packages, so no node_modules is needed.
 */
async function readableCopyOfBundles(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-bundles-'));
  await chmod(root, 0o755);
  for (const part of ['host', 'chunks', 'main', 'renderer'])
    await cp(join('dist', part), join(root, part), { recursive: true });
  return root;
}
