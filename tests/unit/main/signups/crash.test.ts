import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJournal } from '../../../../main/signups/journal';
import { openSealedRecord } from '../../../../main/signups/open-sealed';
import { readJournal } from '../../../../main/signups/read-journal';
import { tempFolder } from './fixtures';
import { ageKeygen, type Key } from './seal-fixtures';

const TRIALS = Number(process.env.KIOSK_CRASH_TRIALS ?? 200);
const PARALLEL = 4;
let folder: Awaited<ReturnType<typeof tempFolder>>;
let child: string;
let organizer: Key;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  folder = await tempFolder('kiosk-crash-');
  organizer = ageKeygen(folder.dir);
  child = join(folder.dir, 'crash-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    logLevel: 'warning',
  });
});
afterAll(async () => {
  for (const writer of running) writer.kill('SIGKILL');
  await folder.remove();
});

/** Starts a writer, kills it without warning a random moment after its first acknowledgement. */
function runUntilKilled(dataDir: string, sealTo: string | null): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const args = [child, dataDir, ...(sealTo ? [sealTo] : [])];
    const writer = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    running.add(writer);
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    writer.stdout.setEncoding('utf8');
    writer.stdout.on('data', (text: string) => {
      out += text;
      timer ??= setTimeout(() => writer.kill('SIGKILL'), Math.random() * 40);
    });
    writer.on('error', reject);
    writer.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(writer);
      if (signal !== 'SIGKILL') reject(new Error(`the writer ended by itself (code ${code})`));
      // Only whole lines were acknowledged; a partial id was cut by the kill while being printed.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}

type Seen = { acknowledged: number; unacknowledged: number; torn: number };

async function trial(n: number, sealed: boolean, seen: Seen): Promise<void> {
  const dataDir = join(folder.dir, `trial-${sealed ? 'sealed' : 'clear'}-${n}`);
  const acknowledged = await runUntilKilled(dataDir, sealed ? organizer.recipient : null);
  const journal = await openJournal(dataDir);
  await journal.close();
  expect(journal.recovery.corrupt).toBe(0);
  if (journal.recovery.tornAt !== null) seen.torn++;
  const ids: string[] = [];
  for await (const entry of readJournal(journal.file)) {
    if ('bad' in entry) throw new Error(`trial ${n}: a bad line is left at byte ${entry.offset}`);
    // A sealed kiosk's lines are all sealed, and each one left whole opens with the organizer's key.
    if (sealed !== 'sealed' in entry)
      throw new Error(`trial ${n}: a line at byte ${entry.offset} is of the wrong kind`);
    ids.push(
      'sealed' in entry ? (await openSealedRecord(entry.sealed, organizer.identities)).id : entry.record.id,
    );
  }
  // Every acknowledged signup is there, in order; at most the one being written when killed is extra.
  expect(ids.slice(0, acknowledged.length)).toEqual(acknowledged);
  expect(ids.length - acknowledged.length).toBeLessThanOrEqual(1);
  expect(journal.count()).toBe(ids.length);
  seen.acknowledged += acknowledged.length;
  seen.unacknowledged += ids.length - acknowledged.length;
  const again = await openJournal(dataDir);
  await again.close();
  expect(again.recovery).toEqual({ count: ids.length, tornAt: null, corrupt: 0, keptAside: [] });
}

describe.each([
  { kiosk: 'a clear kiosk', sealed: false },
  { kiosk: 'a sealed kiosk', sealed: true },
])('crash safety of $kiosk', ({ kiosk, sealed }) => {
  it(`keeps every acknowledged signup when the kiosk is killed mid-write (${TRIALS} trials)`, async () => {
    const seen: Seen = { acknowledged: 0, unacknowledged: 0, torn: 0 };
    let next = 0;
    let failure: Error | undefined;
    // Every worker stops at the first failure, and all are waited for before the folder goes.
    const worker = async () => {
      while (next < TRIALS && failure === undefined)
        await trial(next++, sealed, seen).catch(
          (error: unknown) => (failure ??= error instanceof Error ? error : new Error(String(error))),
        );
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (failure !== undefined) throw failure;
    console.log(
      `crash trials, ${kiosk}: ${TRIALS}; acknowledged records ${seen.acknowledged}, all found; ` +
        `unacknowledged but whole ${seen.unacknowledged}; torn last lines cut ${seen.torn}`,
    );
  }, 120_000);
});
