import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function serve(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/host/serve.mjs', ...args], {
      timeout: 20_000,
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
});
