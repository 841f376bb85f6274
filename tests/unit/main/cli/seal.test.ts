import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyDefaultContent } from '../../../support/content-fixture';
import { sampleRecord, tempFolder } from '../signups/fixtures';
import { ageKeygen, openedRecords, plaintextFound, type Key } from '../signups/seal-fixtures';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const SEAL = join(repo, 'dist/cli/seal.mjs');

// Organizers run the built tool, so the test does too.
function seal(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [SEAL, ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let keys: Awaited<ReturnType<typeof tempFolder>>;
let organizer: Key;
let folder: Awaited<ReturnType<typeof tempFolder>>;
let dataDir: string;
let journalFile: string;

beforeAll(async () => {
  keys = await tempFolder('kiosk-seal-cli-keys-');
  organizer = ageKeygen(keys.dir);
  return () => keys.remove();
});
beforeEach(async () => {
  folder = await tempFolder('kiosk-seal-cli-');
  dataDir = join(folder.dir, 'data');
  journalFile = join(dataDir, 'signups.jsonl');
  await mkdir(dataDir, { mode: 0o700 });
});
afterEach(() => folder.remove());

const clearJournal = (count: number) =>
  Array.from({ length: count }, (_, n) => `${JSON.stringify(sampleRecord(n))}\n`).join('');

/** A copy of the default content whose signup group seals to `recipients`. */
async function sealedContent(recipients: string[]) {
  const content = await copyDefaultContent();
  const file = join(content.dir, 'kiosk.yaml');
  const yaml = await readFile(file, 'utf8');
  const keysYaml = recipients.map((key) => `    - ${key}\n`).join('');
  await writeFile(file, yaml.replace('  phoneRegion: US\n', `  phoneRegion: US\n  sealTo:\n${keysYaml}`));
  return content;
}

describe('npm run seal', () => {
  it("seals the clear signups to the content's sealTo, and says how many", async () => {
    await writeFile(journalFile, clearJournal(3));
    const content = await sealedContent([organizer.recipient]);
    try {
      const { status, stdout } = seal('--data-dir', dataDir, '--content', content.dir);
      expect(stdout).toBe(
        `Sealed 3 signup(s) in ${journalFile} to 1 key(s) from sealTo in ${content.dir}.\n` +
          'The clear copies were deleted; their bytes can stay on the disk until it reuses the space.\n',
      );
      expect(status).toBe(0);
    } finally {
      await content.remove();
    }
    expect((await openedRecords(dataDir, organizer.identities)).map((r) => r.fields.firstName)).toEqual([
      'Visitor0',
      'Visitor1',
      'Visitor2',
    ]);
    expect(await plaintextFound(dataDir, ['Visitor0', 'Visitor2', 'Reyes-Álvarez'])).toEqual([]);
    // Again: nothing left to do, and it says so.
    expect(seal('--data-dir', dataDir, '--to', organizer.recipient).stdout).toBe(
      `No signup in ${journalFile} needed sealing.\n3 signup(s) were sealed already.\n`,
    );
  });

  it('refuses, changing nothing, when the content has no sealTo or a key is bad', async () => {
    const journal = clearJournal(2);
    await writeFile(journalFile, journal);
    const content = await copyDefaultContent();
    try {
      const none = seal('--data-dir', dataDir, '--content', content.dir);
      expect(none.status).toBe(2);
      expect(none.stderr).toContain('has no sealTo keys');
      expect(none.stderr).toContain('Nothing was changed.');
    } finally {
      await content.remove();
    }
    const bad = seal('--data-dir', dataDir, '--to', 'age1qqqq');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^--to number 1 is not an age public key/);
    expect(seal('--to', organizer.recipient).stderr).toContain('--data-dir DIR');
    expect(await readFile(journalFile, 'utf8')).toBe(journal);
  });

  it('killed at any moment, leaves the journal as it was or wholly sealed, never half', async () => {
    const journal = clearJournal(600);
    const ids = journal
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const outcomes = { unchanged: 0, sealed: 0 };
    const sealOnce = (killAfter: number) => {
      const child = spawn(process.execPath, [SEAL, '--data-dir', dataDir, '--to', organizer.recipient], {
        stdio: 'ignore',
      });
      const killAt = setTimeout(() => child.kill('SIGKILL'), killAfter);
      return new Promise((resolve) => child.on('close', resolve)).finally(() => clearTimeout(killAt));
    };
    // Kills spread over the time a whole run takes on this machine now, so both outcomes occur.
    await writeFile(journalFile, journal);
    const started = Date.now();
    await sealOnce(60_000);
    const whole = Date.now() - started;
    for (let trial = 0; trial < 10; trial++) {
      await writeFile(journalFile, journal);
      await sealOnce(whole * (0.1 + trial / 9));
      const now = await readFile(journalFile, 'utf8');
      if (now === journal) {
        outcomes.unchanged++;
        continue;
      }
      const lines = now
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; sealed?: string });
      expect(lines.map((line) => line.id)).toEqual(ids);
      expect(lines.every((line) => typeof line.sealed === 'string')).toBe(true);
      outcomes.sealed++;
    }
    console.log(
      `seal killed at 10 moments across a ${whole} ms run: journal unchanged ${outcomes.unchanged}, wholly sealed ${outcomes.sealed}`,
    );
    // Whatever the kills left, a last run finishes the job.
    expect(seal('--data-dir', dataDir, '--to', organizer.recipient).status).toBe(0);
    const opened = await openedRecords(dataDir, organizer.identities);
    expect(opened.map((record) => record.id)).toEqual(ids);
  }, 120_000);
});
