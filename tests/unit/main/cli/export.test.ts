import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newIdentity } from '../../../../main/signups/identity';
import { createSealer } from '../../../../main/signups/seal';
import { dataDir, journalText, record } from '../export/fixtures';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

// Volunteers run the built tool, so the test does too.
function exportCli(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['dist/cli/export.mjs', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

let data: Awaited<ReturnType<typeof dataDir>>;
let out: string;
beforeEach(async () => {
  data = await dataDir([record(1), record(2), record(3, { consent: {} })]);
  out = join(data.dir, 'stick');
  await mkdir(out);
});
afterEach(() => data.remove());

describe('npm run export', () => {
  it('writes the file named by --out and says how many signups went into it', async () => {
    const file = join(out, 'an.csv');
    const { status, output } = exportCli('--data-dir', data.dir, '--out', file, '--preset', 'action-network');
    expect(output).toContain(`Wrote 2 signup(s) to ${file} (Action Network).`);
    expect(output).toContain(
      '1 signup(s) left out: no consent to email or texts. They are in the "All fields" export.',
    );
    expect(status).toBe(0);
    expect((await readFile(file, 'utf8')).startsWith('\ufefffirst_name,last_name,email')).toBe(true);
  });

  it('writes into a folder (a stick) under the default name, everything by default', async () => {
    const { status, output } = exportCli('--data-dir', data.dir, '--out', out);
    expect(status).toBe(0);
    expect(output).toMatch(
      /Wrote 3 signup\(s\) to .*stick\/signups-all-\d{4}-\d\d-\d\d-\d{4}\.csv \(All fields\)\./,
    );
    expect(await readdir(out)).toHaveLength(1);
  });

  it('exports since the last export, and never overwrites a file', async () => {
    const file = join(out, 'day.csv');
    exportCli('--data-dir', data.dir, '--out', file);
    await writeFile(join(data.dir, 'signups.jsonl'), `${JSON.stringify(record(4))}\n`, { flag: 'a' });
    const { status, output } = exportCli('--data-dir', data.dir, '--out', file, '--since-last');
    expect(status).toBe(0);
    expect(output).toMatch(
      /Wrote 1 signup\(s\) since the last export \(.+\) to .*day-2\.csv \(All fields\)\./,
    );
    expect(output).toContain(
      '(day.csv was already there, so the new file got another name; nothing was overwritten.)',
    );
    const audit = (await readFile(join(data.dir, 'exports.jsonl'), 'utf8')).trim().split('\n');
    expect(audit).toHaveLength(2);
  });

  it.each([
    [['--out', 'x.csv'], 'Say which data folder to export from: --data-dir DIR.'],
    [['--data-dir', 'd'], 'Say where to write the file: --out FILE (or a folder).'],
    [
      ['--data-dir', 'd', '--out', 'x.csv', '--preset', 'excel'],
      'There is no preset "excel": choose all, action-network, mailchimp.',
    ],
    [['--data-dir', 'd', '--out', 'x.csv', '--colour'], "Unknown option '--colour'"],
  ])('stops with usage and exit code 2 on bad arguments (%j)', (args, message) => {
    const { status, output } = exportCli(...args);
    expect(output).toContain(message);
    expect(output).toContain('Usage: npm run export -- --data-dir DIR --out FILE');
    expect(status).toBe(2);
  });

  it.each([
    [
      'a data folder without signups',
      () => ['--data-dir', join(data.dir, 'nope'), '--out', out],
      'There are no signups in',
    ],
    [
      'a stick that is not there',
      () => ['--data-dir', data.dir, '--out', join(data.dir, 'gone', 'x.csv')],
      'does not exist: if it is a USB stick',
    ],
  ])('fails in plain words, exit code 1 and no stack trace, for %s', (_, args, message) => {
    const { status, output } = exportCli(...args());
    expect(output).toContain(message);
    expect(output).not.toMatch(/\n\s+at /);
    expect(status).toBe(1);
  });

  it('opens sealed signups with --identity, and refuses a file that is no identity', async () => {
    const key = await newIdentity();
    const sealed = await createSealer([key.recipient]).seal(record(5));
    await writeFile(join(data.dir, 'signups.jsonl'), journalText([sealed]), { flag: 'a' });
    const identity = join(data.dir, 'organizers.txt');
    await writeFile(identity, key.file);
    const opened = exportCli('--data-dir', data.dir, '--out', out, '--identity', identity);
    expect(opened.output).toContain('Wrote 4 signup(s)');
    expect(opened.status).toBe(0);

    await writeFile(identity, `${key.recipient}\n`);
    const refused = exportCli('--data-dir', data.dir, '--out', out, '--identity', identity);
    expect(refused.output).toContain(`Line 1 of ${identity} is not an age private key`);
    expect(refused.output).not.toMatch(/\n\s+at /);
    expect(refused.status).toBe(1);
  });
});
