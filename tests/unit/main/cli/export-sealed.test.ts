import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignups } from '../../../../main/signups/service';
import { formsFor, submission, tempFolder } from '../signups/fixtures';
import { ageKeygen, plaintextFound } from '../signups/seal-fixtures';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const run = (tool: string, ...args: string[]) =>
  spawnSync(process.execPath, [`dist/cli/${tool}.mjs`, ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
  });

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  folder = await tempFolder('kiosk-export-sealed-');
});
afterEach(() => folder.remove());

// The organizer's story end to end: a key from the reference tool, a sealed kiosk, and an Action
// Network CSV made at home with the identity.
describe('npm run export of a sealed kiosk', () => {
  it('opens the signups with a key from age-keygen, and only with it', async () => {
    const home = join(folder.dir, 'home');
    const dataDir = join(folder.dir, 'kiosk-data');
    await mkdir(home);
    const key = ageKeygen(home);
    const signups = await createSignups({
      dataDir,
      log: () => {},
      settings: () => ({ kioskId: 'k', event: 'e' }),
    });
    for (const [n, firstName] of ['Quetzalli', 'Zoë'].entries()) {
      const form = submission({ attempt: `a${n}`, fields: { firstName, email: `${n}@example.org` } });
      expect(await signups.submit(form, formsFor('en', [key.recipient]))).toEqual({ status: 'saved' });
    }
    await signups.close();
    expect(await plaintextFound(dataDir, ['Quetzalli', 'Zoë'])).toEqual([]);

    const out = join(home, 'action-network.csv');
    const opened = run(
      'export',
      '--data-dir',
      dataDir,
      '--identity',
      key.file,
      '--out',
      out,
      '--preset',
      'action-network',
    );
    expect(opened.stderr).toBe('');
    expect(opened.status).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv).toContain('Quetzalli');
    expect(csv).toContain('Zoë');

    // Without the identity, nobody's details come out.
    const closed = join(home, 'without-key.csv');
    const without = run('export', '--data-dir', dataDir, '--out', closed, '--preset', 'action-network');
    expect(without.stdout + without.stderr).toMatch(/--identity FILE/);
    const written = await readFile(closed, 'utf8').catch(() => '');
    expect(written).not.toContain('Quetzalli');
    expect(written).not.toContain('Zoë');
  });
});
