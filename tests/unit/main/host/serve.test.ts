import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer, type Server } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchesIn, standInChromium, until } from '../../../support/stand-in-chromium';

const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

const serve = (...args: string[]): Promise<Outcome> => serveWith({}, ...args);

/** Runs the built browser host with extra environment variables, until it exits. */
async function serveWith(env: Record<string, string>, ...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/host/serve.mjs', ...args], {
      timeout: 20_000,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let busy: Server;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

describe('npm run serve', () => {
  it('explains its options with --help', async () => {
    const result = await serve('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--data-dir DIR');
  });

  it('says what is wrong with a bad option instead of a stack trace', async () => {
    const port = await serve('--port', 'eighty');
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port must be a number from 0 to 65535; found "eighty"');
    const unknown = await serve('--colour', 'red');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the busy port and what to do', async () => {
    const { port } = busy.address() as { port: number };
    const result = await serve('--port', String(port));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Port ${port} is already in use. Pick another with --port`);
  });

  it('opens the kiosk full-screen in Chromium with --open, reopens it when it closes, and stops on Ctrl+C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-open-'));
    try {
      // A stand-in browser that records how it was started, then closes as a visitor's Alt+F4 would.
      const browser = standInChromium(dir);
      const host = spawn(
        process.execPath,
        ['dist/host/serve.mjs', '--open', '--data-dir', join(dir, 'data')],
        {
          env: { ...process.env, KIOSK_CHROMIUM: browser },
        },
      );
      let stdout = '';
      host.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => host.on('exit', resolve));
      // The first launch, then the relaunch a second after the browser closed.
      await until(() => launchesIn(dir) >= 2, 15_000);
      host.kill('SIGINT');
      expect(await exited).toBe(0);

      const url = /http:\/\/127\.0\.0\.1:\d+\/#token=(\S+)/.exec(stdout);
      const args = readFileSync(join(dir, 'args'), 'utf8').split('\n');
      expect(args).toContain('--kiosk');
      expect(args).toContain(`--user-data-dir=${join(dir, 'data', 'chromium-profile')}`);
      // The token is not on the command line, where every user of the machine can read it (ps):
      // Chromium opens a page only this user may read, which sends it on to the address.
      expect(args.join(' ')).not.toContain(url?.[1]);
      const page = join(dir, 'data', 'open-kiosk.html');
      expect(args).toContain(pathToFileURL(page).href);
      expect(statSync(page).mode & 0o777).toBe(0o600);
      expect(readFileSync(page, 'utf8')).toContain(`url=${url?.[0]}`);
      expect(readFileSync(join(dir, 'data', 'logs', 'kiosk.log'), 'utf8')).toContain(
        'Chromium closed without staff asking',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // It starts the host and a browser twice: on a loaded 2-core machine that takes more than 5 s.
  }, 30_000);
});
