import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { textHash } from '../../main/signups/record';
import type { SignupRecord } from '../../main/signups/types';
import { row, type Row } from './report';

// Export of 100,000 signups through the built command (dist/cli/export.mjs), each run in a fresh
// Node process so its peak memory (maxRSS) is its own. The floor is a plain stream doing the same
// I/O: reading the journal and writing as many bytes as the CSV has. Peak memory is compared at
// 10,000 and 100,000 signups: a streaming export grows like the floor (Node's collector lets more
// garbage pile up on a longer run, then levels off); one that held the rows would grow by well
// over 100 MB. The growth budget leaves room for a busy machine, whose collector runs later.
// Loaded before the measured script: prints the process's peak memory as it exits. On Linux from
// VmHWM: a spawned child's maxRSS starts at its parent's (the kernel carries the high-water mark
// over the exec), so it would report the bench's own memory whenever that is larger.
const PEAK = `data:text/javascript,${encodeURIComponent(
  'import{readFileSync}from"node:fs";process.on("exit",()=>{let kb=process.resourceUsage().maxRSS;try{kb=Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1])}catch{}process.stderr.write(`\\nKIOSK_BENCH_MAXRSS=${kb}\\n`)})',
)}`;
const FLOOR = `
import { createReadStream, createWriteStream } from 'node:fs';
const [journal, out, bytes] = process.argv.slice(1);
for await (const chunk of createReadStream(journal)) void chunk;
const stream = createWriteStream(out, { flush: true });
const block = Buffer.alloc(64 * 1024, 0x61);
for (let left = Number(bytes); left > 0; left -= block.length) {
  if (!stream.write(left >= block.length ? block : block.subarray(0, left))) await new Promise((r) => stream.once('drain', r));
}
await new Promise((resolve, reject) => stream.end((error) => (error ? reject(error) : resolve())));
`;

/** Runs node with `args`; answers its wall time and peak memory. */
function measure(args: string[]): Promise<{ ms: number; mb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [`--import=${PEAK}`, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const kb = /KIOSK_BENCH_MAXRSS=(\d+)/.exec(stderr)?.[1];
      if (code !== 0 || !kb) reject(new Error(`node ${args.join(' ')} failed (${code}): ${stderr}`));
      else resolve({ ms, mb: Number(kb) / 1024 });
    });
  });
}

const EMAIL_WORDS = 'I agree that United We Heal and AFSCME may contact me about the campaign by email.';
const SMS_WORDS = 'I agree to get text messages about the campaign. Message and data rates may apply.';

/** A realistic signup, numbered, as the journal holds it. */
export function signup(n: number): SignupRecord {
  return {
    v: 1,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    savedAt: new Date(1_790_000_000_000 + n * 1000).toISOString(),
    kioskId: 'kiosk-1',
    event: 'Behavioral Health Conference 2026',
    lang: n % 3 ? 'en' : 'es',
    fields: {
      firstName: `Visitor${n}`,
      lastName: 'Reyes-Álvarez',
      email: `visitor${n}@example.org`,
      phone: '+12025550143',
      workplace: 'Riverside Community Mental Health Center',
      role: 'Peer specialist',
      zip: '60614',
    },
    consent: {
      email: { given: true, text: EMAIL_WORDS, textHash: textHash(EMAIL_WORDS) },
      sms: { given: n % 2 === 0, text: SMS_WORDS, textHash: textHash(SMS_WORDS) },
    },
  };
}

async function writeJournal(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const out = createWriteStream(join(dir, 'signups.jsonl'));
  let text = '';
  for (let i = 0; i < count; i++) {
    text += `${JSON.stringify(signup(i))}\n`;
    if (text.length < 1 << 20) continue;
    const full = !out.write(text);
    text = '';
    if (full) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end(text);
  await finished(out);
}

/** `runs` exports of `count` signups, each followed by the floor doing the same I/O. */
async function exportRuns(root: string, count: number, runs: number) {
  const data = join(root, `data-${count}`);
  await writeJournal(data, count);
  const exports: { ms: number; mb: number }[] = [];
  const floors: { ms: number; mb: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const out = join(root, `out-${count}-${run}`);
    await mkdir(out);
    exports.push(await measure(['dist/cli/export.mjs', '--data-dir', data, '--out', out, '--preset', 'all']));
    const [csv] = await readdir(out);
    const { size } = await stat(join(out, csv!));
    const journal = join(data, 'signups.jsonl');
    floors.push(
      await measure(['--input-type=module', '-e', FLOOR, journal, join(out, 'floor.bin'), String(size)]),
    );
    await rm(out, { recursive: true });
  }
  return { run: exports, floor: floors };
}

/** Bench rows for `npm run export` (needs the built dist/cli/export.mjs), over `runs` runs of each. */
export async function exportBench(runs: number): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-bench-export-'));
  try {
    const small = await exportRuns(root, 10_000, runs);
    const large = await exportRuns(root, 100_000, runs);
    const ms = (list: { ms: number }[]) => list.map((m) => m.ms);
    const mb = (list: { mb: number }[]) => list.map((m) => m.mb);
    // Run by run, what the export adds beyond the floor's own growth from 10,000 to 100,000 signups.
    const growth = large.run.map((big, i) =>
      Math.max(0, big.mb - small.run[i]!.mb - (large.floor[i]!.mb - small.floor[i]!.mb)),
    );
    return [
      row({
        name: 'export 100,000 signups, All fields (floor: plain stream, same I/O)',
        unit: 'ms',
        samples: ms(large.run),
        floor: ms(large.floor),
        budget: { max: 5000 },
      }),
      row({
        name: 'export peak RSS, 100,000 signups (floor: plain stream)',
        unit: 'MB',
        samples: mb(large.run),
        floor: mb(large.floor),
        budget: { max: 200 },
      }),
      row({
        name: "export peak RSS growth 10k→100k beyond the floor's",
        unit: 'MB',
        samples: growth,
        budget: { max: 40 },
      }),
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
