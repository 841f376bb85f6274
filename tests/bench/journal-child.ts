import { readFileSync } from 'node:fs';
import { openJournal } from '../../main/signups/journal';

// The journal bench's memory figure, in a fresh Node process holding nothing but the journal's
// code: opens the journal in the data folder given, then prints the process's peak memory and the
// heap still held after a full collection (run with --expose-gc), in MB, as JSON.

/** Peak resident memory in KB. On Linux from VmHWM: a spawned child's maxRSS starts at its parent's. */
function peakKb(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

const journal = await openJournal(process.argv[2]!);
(globalThis as { gc?: () => void }).gc?.();
const held = process.memoryUsage().heapUsed;
await journal.close();
console.log(JSON.stringify({ peak: peakKb() / 1024, held: held / 1024 / 1024 }));
