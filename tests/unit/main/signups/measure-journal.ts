// Speed figures for the journal (not a test): npx esbuild tests/unit/main/signups/measure-journal.ts
// --bundle --platform=node --format=esm --outfile=/tmp/measure.mjs && node /tmp/measure.mjs
import { open, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openJournal } from '../../../../main/signups/journal';
import { sampleRecord } from './fixtures';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const RECORDS = Number(process.env.KIOSK_MEASURE_RECORDS ?? 100_000);
const APPENDS = Number(process.env.KIOSK_MEASURE_APPENDS ?? 300);

async function timeOpen(dir: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    const journal = await openJournal(dir);
    times.push(performance.now() - started);
    await journal.close();
  }
  if (process.env.KIOSK_MEASURE_VERBOSE) console.log(times.map((t) => t.toFixed(0)).join(' '));
  return median(times);
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-measure-'));
  try {
    const empty = join(root, 'empty');
    const full = join(root, 'full');
    await (await openJournal(empty)).close();
    await (await openJournal(full)).close();
    const lines = Array.from({ length: RECORDS }, (_, i) => `${JSON.stringify(sampleRecord(i))}\n`).join('');
    await writeFile(join(full, 'signups.jsonl'), lines);
    const emptyMs = await timeOpen(empty);
    const fullMs = await timeOpen(full);
    console.log(
      `open: empty ${emptyMs.toFixed(1)} ms, ${RECORDS} records (${(lines.length / 1e6).toFixed(1)} MB) ${fullMs.toFixed(1)} ms, difference ${(fullMs - emptyMs).toFixed(1)} ms`,
    );

    const line = Buffer.from(`${JSON.stringify(sampleRecord(1))}\n`);
    const bare = await open(join(root, 'bare.jsonl'), 'a', 0o600);
    const bareTimes: number[] = [];
    const journal = await openJournal(join(root, 'appends'));
    const journalTimes: number[] = [];
    // Interleaved, taking turns at going first, so both see the same disk weather.
    const bareAppend = async () => {
      const started = performance.now();
      await bare.write(line, 0, line.length, null);
      await bare.datasync();
      bareTimes.push(performance.now() - started);
    };
    const journalAppend = async (i: number) => {
      const record = sampleRecord(i);
      const started = performance.now();
      await journal.append(record);
      journalTimes.push(performance.now() - started);
    };
    for (let i = 0; i < APPENDS; i++) {
      if (i % 2) {
        await bareAppend();
        await journalAppend(i);
      } else {
        await journalAppend(i);
        await bareAppend();
      }
    }
    await bare.close();
    await journal.close();
    const bareMs = median(bareTimes);
    const journalMs = median(journalTimes);
    console.log(
      `append (median of ${APPENDS}): bare write+fdatasync ${bareMs.toFixed(3)} ms, journal.append ${journalMs.toFixed(3)} ms, ratio ${(journalMs / bareMs).toFixed(2)}x`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
