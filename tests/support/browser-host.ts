import { spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
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
}

/**
 * Starts the built browser host on a free port with `contentDir`, and waits for its address. With
 * `dataDir` (a restart on the same data), that folder is used and left in place by `stop()`.
 */
export async function startHost(contentDir: string, options: HostOptions = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'kiosk-data-')));
  if (options.user) await chown(dataDir, options.user.uid, options.user.gid);
  const args = ['dist/host/serve.mjs', '--port', '0', '--content', contentDir, '--data-dir', dataDir];
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
    },
  };
}
