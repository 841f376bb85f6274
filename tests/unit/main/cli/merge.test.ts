import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalText, record } from '../export/fixtures';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

// Organizers run the built tool, so the test does too.
function mergeCli(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['dist/cli/merge.mjs', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-merge-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const put = async (name: string, text: string) => {
  await writeFile(join(dir, name), text);
  return join(dir, name);
};

describe('npm run merge', () => {
  it('merges kiosks, prints duplicates, conflicts and people who signed up twice, and exits 0', async () => {
    const changed = record(2, { lang: 'es' });
    const twice = record(9, {
      fields: { firstName: 'Ana', lastName: 'Twice', email: 'visitor1@example.org' },
    });
    const a = await put('kiosk-a.jsonl', journalText([record(1), record(2), record(3)]));
    const b = await put('kiosk-b.jsonl', journalText([record(3), changed, twice]));
    const out = join(dir, 'all-kiosks.csv');
    const { status, output } = mergeCli(a, b, '--out', out, '--preset', 'action-network');
    expect(output).toContain(`  ${a}: journal, 3 signup(s)`);
    expect(output).toContain(`Wrote 4 signup(s) to ${out} (Action Network).`);
    expect(output).toContain('Removed 1 exact duplicate(s): the same signup in more than one file.');
    expect(output).toContain(`  ${record(2).id}: kept ${a}:2, left out ${b}:2`);
    expect(output).toContain('  email visitor1@example.org:');
    expect(output).toContain(`    Ana Twice, saved ${twice.savedAt}, id ${twice.id}, at ${b}:3`);
    expect(status).toBe(0);
    expect((await readFile(out, 'utf8')).split('\r\n')).toHaveLength(6); // header, 4 rows, end
  });

  it('refuses an input that is neither kind, with its file and line, exit 1, writing nothing', async () => {
    const a = await put('kiosk-a.jsonl', journalText([record(1)]));
    const notes = await put('notes.csv', 'name,phone\r\nAna,555\r\n');
    const { status, output } = mergeCli(a, notes, '--out', join(dir, 'merged.jsonl'));
    expect(output).toContain(`${notes}:1: this line is not the header of an "All fields" export`);
    expect(output).toContain('Nothing was written.');
    expect(output).not.toMatch(/\n\s+at /);
    expect(status).toBe(1);
    expect(await readdir(dir)).toEqual(['kiosk-a.jsonl', 'notes.csv']);
  });

  it('stops with usage and exit code 2 without files or --out', () => {
    for (const args of [['--out', 'x.csv'], ['a.jsonl']]) {
      const { status, output } = mergeCli(...args);
      expect(output).toContain('Usage: npm run merge -- FILE... --out FILE');
      expect(status).toBe(2);
    }
  });
});
