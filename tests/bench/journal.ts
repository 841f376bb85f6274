import { execFile } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { openJournal } from '../../main/signups/journal';
import { signup } from './export';
import { row, type Row } from './report';

// The signup journal (the signups issue's budgets): a durable append against a bare write +
// fdatasync of the same line, taking turns; opening a journal of 100,000 records (which checks
// every line) against an empty one; and the memory each open needs, each in a fresh Node process.
// "Memory not growing with size" is judged on the heap still held once the open is done; the peak
// is printed beside it, and grows only by the garbage the collector has not yet taken back.

const RECORDS = 100_000;

/** Peak and held memory of a fresh process opening the journal in `dataDir` (journal-child.ts). */
async function childMemory(dataDir: string): Promise<{ peak: number; held: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--expose-gc',
    join(dirname(process.argv[1]!), 'journal-child.mjs'),
    dataDir,
  ]);
  return JSON.parse(stdout) as { peak: number; held: number };
}

/** Journal rows: append against bare write + fdatasync; open and memory at 100,000 records against empty. */
export async function journalRows(runs: number, appends: number): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-bench-journal-'));
  try {
    const empty = join(root, 'empty');
    const full = join(root, 'full');
    await (await openJournal(empty)).close();
    await (await openJournal(full)).close();
    const lines = Array.from({ length: RECORDS }, (_, i) => `${JSON.stringify(signup(i))}\n`);
    await writeFile(join(full, 'signups.jsonl'), lines.join(''));

    // Wall time, and the CPU time the whole process spent on it (every thread: the reads, the
    // collector). The budget is judged on CPU time: it is the open's own work, which a busy shared
    // machine does not inflate the way it stretches wall time; a kiosk laptop runs nothing else.
    const timeOpen = async (dir: string) => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const journal = await openJournal(dir);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      await journal.close();
      return { ms, cpu: (used.user + used.system) / 1000 };
    };
    const opens = { empty: [] as { ms: number; cpu: number }[], full: [] as { ms: number; cpu: number }[] };
    const memory = {
      empty: [] as { peak: number; held: number }[],
      full: [] as { peak: number; held: number }[],
    };
    await timeOpen(full); // the first read of the file comes from the disk, later ones from its cache
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? (['full', 'empty'] as const) : (['empty', 'full'] as const);
      for (const which of order) {
        opens[which].push(await timeOpen(which === 'full' ? full : empty));
        memory[which].push(await childMemory(which === 'full' ? full : empty));
      }
    }

    const line = Buffer.from(lines[1]!);
    const bare = await open(join(root, 'bare.jsonl'), 'a', 0o600);
    const journal = await openJournal(join(root, 'appends'));
    const bareTimes: number[] = [];
    const journalTimes: number[] = [];
    try {
      for (let i = -5; i < appends; i++) {
        // Taking turns at going first, so both see the same disk weather; the first few warm up.
        const steps = [
          async () => {
            const started = performance.now();
            await bare.write(line, 0, line.length, null);
            await bare.datasync();
            if (i >= 0) bareTimes.push(performance.now() - started);
          },
          async () => {
            const record = signup(i);
            const started = performance.now();
            await journal.append(record);
            if (i >= 0) journalTimes.push(performance.now() - started);
          },
        ];
        if (i % 2) steps.reverse();
        for (const step of steps) await step();
      }
    } finally {
      await bare.close();
      await journal.close();
    }
    return [
      row({
        name: 'journal durable append (floor: bare write + fdatasync)',
        unit: 'ms',
        samples: journalTimes,
        floor: bareTimes,
        budget: { ratio: 1.5 },
      }),
      row({
        name: 'journal open, 100,000 records: CPU time (floor: empty)',
        unit: 'ms',
        samples: opens.full.map((o) => o.cpu),
        floor: opens.empty.map((o) => o.cpu),
        budget: { over: 200 },
      }),
      row({
        name: 'journal open, 100,000 records: wall time (floor: empty)',
        unit: 'ms',
        samples: opens.full.map((o) => o.ms),
        floor: opens.empty.map((o) => o.ms),
      }),
      row({
        name: 'journal open, 100,000 records: peak RSS (floor: empty)',
        unit: 'MB',
        samples: memory.full.map((m) => m.peak),
        floor: memory.empty.map((m) => m.peak),
      }),
      row({
        name: 'journal open, 100,000 records: heap held after GC (floor: empty)',
        unit: 'MB',
        samples: memory.full.map((m) => m.held),
        floor: memory.empty.map((m) => m.held),
        budget: { over: 2 },
      }),
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
