import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { newIdentity } from '../../main/signups/identity';
import { openJournal } from '../../main/signups/journal';
import { buildRecord } from '../../main/signups/record';
import { createSealer } from '../../main/signups/seal';
import type { SignupForm } from '../../main/signups/form-config';
import { row, type Row } from './report';

// Sealed against clear durable append (write and fdatasync), in one journal, one run. Appends
// alternate, so a noisy moment of the machine falls on both. Each comes after a short pause, as
// signups do (visitors are seconds apart): the kiosk prepares the next encryption's keys right
// after answering a visitor, as the signups service does, and that is not in the visitor's wait.

const PAUSE_MS = 15;

const form: SignupForm = {
  button: '',
  title: '',
  intro: '',
  fields: [],
  consent: [
    {
      channel: 'email',
      text: 'I agree that United We Heal and AFSCME may contact me about the campaign by email.',
    },
    {
      channel: 'sms',
      text: 'I agree to get text messages about the campaign. Message and data rates may apply.',
    },
  ],
  submit: '',
  thankYou: '',
  phoneRegion: 'US',
  sealTo: [],
};

const signup = (n: number) =>
  buildRecord(
    {
      firstName: `Visitor${n}`,
      lastName: 'Reyes-Álvarez',
      email: `visitor${n}@example.org`,
      phone: '+12025550143',
      workplace: 'Riverside Community Mental Health Center',
      role: 'Peer specialist',
      zip: '60614',
    },
    { email: true, sms: n % 2 === 0 },
    form,
    { kioskId: 'kiosk-1', event: 'Behavioral Health Conference 2026', lang: 'en', savedAt: new Date() },
  );

/** The sealed-append row: its median against the clear one's, budget 1.2×, over `pairs` appends of each. */
export async function sealBench(pairs: number): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-bench-seal-'));
  const journal = await openJournal(root);
  try {
    const sealer = createSealer([(await newIdentity()).recipient]);
    const clear: number[] = [];
    const sealed: number[] = [];
    for (let n = -5; n < pairs; n++) {
      const [first, second] = [signup(n), signup(n)];
      await sleep(PAUSE_MS);
      let started = performance.now();
      await journal.append(first);
      if (n >= 0) clear.push(performance.now() - started); // the first few warm up both paths
      await sleep(PAUSE_MS);
      started = performance.now();
      await journal.append(await sealer.seal(second));
      if (n >= 0) sealed.push(performance.now() - started);
      sealer.prepare();
    }
    return [
      row({
        name: 'sealed durable append (floor: clear append)',
        unit: 'ms',
        samples: sealed,
        floor: clear,
        budget: { ratio: 1.2 },
      }),
    ];
  } finally {
    await journal.close();
    await rm(root, { recursive: true, force: true });
  }
}
