import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetPin } from '../../../../main/staff/service';
import { tempDir } from '../staff/fixtures';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

// Volunteers run the built tool, so the test does too.
function preflightCli(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['dist/cli/preflight.mjs', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

let data: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (data = await tempDir('kiosk-preflight-cli-')));
afterEach(() => data.remove());

/** A data folder set up for the doors: a PIN, a kiosk id and an event. */
async function readyDataFolder() {
  await resetPin(data.dir, '246810');
  const settings = JSON.parse(await readFile(join(data.dir, 'settings.json'), 'utf8')) as object;
  await writeFile(
    join(data.dir, 'settings.json'),
    JSON.stringify({ ...settings, kioskId: 'table-1', event: 'Nurses Conference 2026' }),
  );
}

describe('npm run preflight', () => {
  it('prints every line green and exits 0 when the kiosk is ready', async () => {
    await readyDataFolder();
    const { status, output } = preflightCli('--data-dir', data.dir);
    expect(output).toContain('✓ ok   The content loads without errors');
    expect(output).toContain('✓ ok   A staff PIN is set');
    expect(output).toContain('✓ ok   Kiosk id and event name are set');
    expect(output).toContain('✓ ok   The data folder is writable and saves to disk');
    expect(output).toContain('✓ ok   Room for 10,000 more signups');
    expect(output).toContain('✓ ok   The clock is plausible');
    expect(output).toContain('Last export\n       No export yet.');
    expect(output).toContain('Ready for the doors.');
    expect(status).toBe(0);
  });

  it('exits 1 with each red line and what to do, on a fresh data folder', () => {
    const { status, output } = preflightCli('--data-dir', data.dir);
    expect(output).toContain(
      `✗ FIX  A staff PIN is set\n       Choose one: open staff mode (five taps in the top-left corner), or run npm run staff-pin -- --data-dir ${data.dir}.`,
    );
    expect(output).toContain('✗ FIX  Kiosk id and event name are set');
    expect(output).toContain('2 line(s) to fix before the doors open.');
    expect(status).toBe(1);
  });

  it('lists the content errors under a red content line', async () => {
    await readyDataFolder();
    const content = await mkdtemp(join(tmpdir(), 'kiosk-content-'));
    try {
      await cp(join(repo, 'content'), content, { recursive: true });
      await writeFile(join(content, 'kiosk.yaml'), 'campaign: [broken');
      const { status, output } = preflightCli('--content', content, '--data-dir', data.dir);
      expect(output).toContain('✗ FIX  The content loads without errors');
      expect(output).toMatch(/ {9}kiosk\.yaml:1:/);
      expect(status).toBe(1);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('exits 1 when the data folder is not there, and 2 on a wrong option', () => {
    const missing = preflightCli('--data-dir', join(data.dir, 'nope'));
    expect(missing.output).toContain('✗ FIX  The data folder is writable and saves to disk');
    expect(missing.output).toContain('does not exist');
    expect(missing.status).toBe(1);
    const wrong = preflightCli('--data', data.dir);
    expect(wrong.output).toContain('Usage: npm run preflight');
    expect(wrong.status).toBe(2);
  });
});
