import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSignups } from '../../../../main/export/export-signups';
import { createSignups } from '../../../../main/signups/service';
import { formsFor, submission, tempFolder } from '../signups/fixtures';
import { ageDecrypt, ageKeygen, plaintextFound, type Key } from '../signups/seal-fixtures';

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

    // Without the identity, the export is refused: nothing is written, and it says what is needed.
    const before = { home: await readdir(home), data: await readdir(dataDir) };
    const closed = join(home, 'without-key.csv');
    const without = run('export', '--data-dir', dataDir, '--out', closed, '--preset', 'action-network');
    expect(without.stderr).toMatch(
      /2 signup\(s\) in .* are sealed, and only the organizers' identity file opens them: give it with --identity FILE \(the file npm run keys made\)/,
    );
    expect(without.stderr).toContain('Nothing was written.');
    expect(without.status).toBe(1);
    expect({ home: await readdir(home), data: await readdir(dataDir) }).toEqual(before);
  });
});

async function sealedKiosk(dataDir: string, key: Key, names: string[], prefix: string) {
  const signups = await createSignups({
    dataDir,
    log: () => {},
    settings: () => ({ kioskId: prefix, event: 'e' }),
  });
  for (const [n, firstName] of names.entries()) {
    const form = submission({
      attempt: `${prefix}${n}`,
      fields: { firstName, email: `${prefix}${n}@example.org` },
    });
    expect(await signups.submit(form, formsFor('en', [key.recipient]))).toEqual({ status: 'saved' });
  }
  await signups.close();
}

describe('the kiosk’s own export of a sealed kiosk (staff mode, no key)', () => {
  it('copies the sealed lines byte for byte; age opens them, and so does npm run export at home', async () => {
    const home = join(folder.dir, 'home');
    const stick = join(folder.dir, 'stick');
    const dataDir = join(folder.dir, 'kiosk-data');
    await mkdir(home);
    await mkdir(stick);
    const key = ageKeygen(home);
    await sealedKiosk(dataDir, key, ['Quetzalli', 'Zoë'], 'k');

    // What staff mode's handler calls: no identities, sealed signups copied as they are.
    const result = await exportSignups({
      dataDir,
      preset: 'all',
      since: 'last',
      folder: stick,
      withoutKey: 'sealed-copy',
    });
    expect(result).toMatchObject({ rows: 2, sealedCopied: 2 });
    expect(result.file).toMatch(/\.jsonl$/);
    expect(result.notes[0]).toContain('This file is sealed');
    expect(result.notes[0]).toContain('npm run export -- --data-dir');
    const copy = await readFile(result.file);
    expect(copy.equals(await readFile(join(dataDir, 'signups.jsonl')))).toBe(true);
    expect(await plaintextFound(stick, ['Quetzalli', 'Zoë'])).toEqual([]);
    const first = JSON.parse(copy.toString('utf8').split('\n')[0]!) as { sealed: string };
    expect(ageDecrypt(first.sealed, key.file)).toContain('Quetzalli');

    const out = join(home, 'opened.csv');
    const opened = run('export', '--data-dir', result.file, '--identity', key.file, '--out', out);
    expect(opened.stderr).toBe('');
    expect(opened.status).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv).toContain('Quetzalli');
    expect(csv).toContain('Zoë');
  });
});

describe('npm run merge of sealed kiosks', () => {
  it('merges by id without the key into a journal, refuses a CSV, and looks for doubles only with it', async () => {
    const home = join(folder.dir, 'home');
    await mkdir(home);
    const key = ageKeygen(home);
    const a = join(folder.dir, 'a');
    const b = join(folder.dir, 'b');
    await sealedKiosk(a, key, ['Quetzalli', 'Zoë'], 'a');
    await sealedKiosk(b, key, ['Ana'], 'b');
    const journalA = join(a, 'signups.jsonl');
    const journalB = join(b, 'signups.jsonl');
    // Kiosk B's stick also carries a copy of kiosk A's journal: an overlap by id.
    const both = join(folder.dir, 'both.jsonl');
    const textA = await readFile(journalA, 'utf8');
    await writeFile(both, (await readFile(journalB, 'utf8')) + textA);

    const merged = join(home, 'merged.jsonl');
    const closed = run('merge', journalA, both, '--out', merged);
    expect(closed.stderr).toBe('');
    expect(closed.status).toBe(0);
    expect(closed.stdout).toContain('Removed 2 exact duplicate(s)');
    expect(closed.stdout).toContain(
      "3 sealed signup(s) were merged still sealed. Double signups (same email or phone) among them were not looked for: that needs the organizers' identity file (--identity FILE).",
    );
    const lines = (await readFile(merged, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((line) => (JSON.parse(line) as { id: string }).id)).size).toBe(3);
    expect(await plaintextFound(home, ['Quetzalli', 'Zoë', 'Ana'])).toEqual([]);

    const before = await readdir(home);
    const csv = run('merge', journalA, both, '--out', join(home, 'merged.csv'));
    expect(csv.stderr).toContain("holds sealed signups, and only the organizers' identity file opens them");
    expect(csv.stderr).toContain('Nothing was written.');
    expect(csv.status).toBe(1);
    expect(await readdir(home)).toEqual(before);

    const opened = run('merge', merged, '--identity', key.file, '--out', join(home, 'opened.csv'));
    expect(opened.status).toBe(0);
    expect(opened.stdout).toContain('Wrote 3 signup(s)');
    expect(opened.stdout).not.toContain('merged still sealed');
  });
});
