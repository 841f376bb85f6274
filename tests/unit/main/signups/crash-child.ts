// Run by crash.test.ts (bundled): appends records one after another to the journal in the folder
// named on the command line, printing each record's id once its append resolved, until killed.
// With an age public key after the folder, each record is sealed to it first, as a sealed kiosk does.
import { openJournal } from '../../../../main/signups/journal';
import { createSealer } from '../../../../main/signups/seal';
import { sampleRecord } from './fixtures';

// Never outlive the test: stop when the parent is gone, or after a while in any case.
process.stdout.on('error', () => process.exit(3));
setTimeout(() => process.exit(2), 20_000).unref();

const journal = await openJournal(process.argv[2]!);
const seal = process.argv[3] ? createSealer([process.argv[3]]) : null;
for (let n = 0; ; n++) {
  const record = sampleRecord(n);
  await journal.append(seal ? await seal.seal(record) : record);
  // Writes to a pipe are asynchronous: wait until the id is in the pipe, where a kill cannot lose it,
  // or a busy parent could miss acknowledgements that only ever sat in this process's memory.
  await new Promise((resolve) => process.stdout.write(`${record.id}\n`, resolve));
}
