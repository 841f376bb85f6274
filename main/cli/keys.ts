import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fsyncDir, writeNewFile } from '../signups/durable';
import { IdentityError, newIdentity, recipientsOf } from '../signups/identity';
import { repoPaths } from '../paths';

const USAGE = `Usage: npm run keys -- new --out FILE          make a new identity, print its public key
       npm run keys -- public --identity FILE   print the public key of an identity`;

class UsageError extends Error {}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
};

async function makeKey(out: string): Promise<void> {
  const { content, data } = repoPaths(import.meta.url);
  // The content folder goes to every kiosk, and the data folder is the kiosk's own disk.
  if (inside(content, out) || inside(data, out)) {
    throw new UsageError(
      `${out} is inside the kiosk's content or data folder, which travel with the kiosk: write the identity somewhere only organizers keep.`,
    );
  }
  const { file, recipient } = await newIdentity();
  let wrote: boolean;
  try {
    wrote = await writeNewFile(out, file); // mode 0600; never replaces a file
    if (wrote) await fsyncDir(dirname(out));
  } catch (error) {
    throw new UsageError(`Cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  if (!wrote) {
    throw new UsageError(
      `${out} already exists, and is left as it is: an identity overwritten is every signup sealed to it lost. Choose another file name.`,
    );
  }
  console.log(`Made a new identity in ${out} (only this computer account can read it).

Its public key, to paste into sealTo in the signup group of kiosk.yaml:

  ${recipient}

Keep this file off the kiosk, with two copies offline (for example on two USB sticks kept in different places).
Without it nobody can ever read the sealed signups; anyone who has it can read them all.`);
}

async function showPublic(path: string): Promise<void> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${path} (${error.code ?? String(error)}).`);
  });
  for (const recipient of await recipientsOf(text, path)) console.log(recipient);
}

/** Entry point of `npm run keys`: makes the organizers' identity, or prints its public key. */
async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, identity: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  const [command] = positionals;
  if (command === 'new' && values.out) return makeKey(resolve(values.out));
  if (command === 'public' && values.identity) return showPublic(resolve(values.identity));
  throw new UsageError(
    command === 'new' ? 'Say where to write the identity: --out FILE.' : 'Say what to do: new or public.',
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof IdentityError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`npm run keys failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
});
