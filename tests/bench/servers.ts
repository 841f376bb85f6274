import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A server the bench spawned: the kiosk's browser host, or the floor's plain server. */
export interface Spawned {
  /** The address it printed (the kiosk's carries its token after `#`). */
  url: string;
  /** Wall-clock time (ms since the epoch) just before the spawn. */
  spawnedAt: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Spawns the built browser host (`npm run serve`'s own entry) on a free port. With `dataDir`, in
 * that data folder, which outlives it (a kiosk started again, as each morning of an event);
 * without, in a fresh one removed when it stops (a kiosk's first start).
 */
export async function spawnKiosk(contentDir: string, dataDir?: string): Promise<Spawned> {
  const folder = dataDir ?? (await mkdtemp(join(tmpdir(), 'kiosk-bench-data-')));
  const spawned = await spawnServer([
    'dist/host/serve.mjs',
    '--port',
    '0',
    '--content',
    contentDir,
    '--data-dir',
    folder,
  ]);
  return {
    ...spawned,
    async stop() {
      await spawned.stop();
      if (!dataDir) await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Spawns the floor's server script serving `dir`. */
export function spawnFloor(server: string, dir: string): Promise<Spawned> {
  return spawnServer([server, dir]);
}

/** Spawns `node args`, and resolves once it prints the address it listens at. */
async function spawnServer(args: string[]): Promise<Spawned> {
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`node ${args[0]} exited (${code}):\n${stderr}`)));
  });
  return {
    url,
    spawnedAt,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** CPU time (user + system, ms) a process of this machine has used so far; Linux only, else NaN. */
export async function cpuTimeMs(pid: number | undefined): Promise<number> {
  if (pid === undefined || process.platform !== 'linux') return NaN;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // The command name may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime, fields 14 and 15
  return (ticks * 1000) / CLOCK_TICKS;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times: 100 on every Linux the kiosk runs on. */
const CLOCK_TICKS = 100;
