import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../main/content/load';
import { row, type Row } from './report';

// Loading the content folder (read, parse, check) against reading the same files' bytes. Judged on
// the CPU time the process spends (every thread), which a busy shared machine does not stretch as
// it stretches wall time; the wall time is printed beside it.

async function readAll(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) await readFile(join(entry.parentPath, entry.name));
  }
}

/** The content-load row: `loadContent` against reading its folder, taking turns, `runs` times. */
export async function contentLoadRows(dir: string, runs: number): Promise<Row[]> {
  const load = { ms: [] as number[], cpu: [] as number[] };
  const read = { ms: [] as number[], cpu: [] as number[] };
  const time = async (work: () => Promise<unknown>, into: { ms: number[]; cpu: number[] }) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await work();
    into.ms.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    into.cpu.push((used.user + used.system) / 1000);
  };
  await loadContent(dir); // the first load compiles the loader's code; a kiosk pays it once
  for (let run = 0; run < runs; run++) {
    await time(() => loadContent(dir), load);
    await time(() => readAll(dir), read);
  }
  return [
    row({
      name: 'content load: CPU time (floor: reading its files)',
      unit: 'ms',
      samples: load.cpu,
      floor: read.cpu,
      budget: { max: 200 },
    }),
    row({
      name: 'content load: wall time (floor: reading its files)',
      unit: 'ms',
      samples: load.ms,
      floor: read.ms,
    }),
  ];
}
