import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isValidPin, PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../staff/pin';
import { resetPin } from '../staff/service';
import { SETTINGS_NAME } from '../staff/settings-file';
import { askHidden, firstLineOfStdin } from './hidden-input';

const USAGE = `Usage: npm run staff-pin -- --data-dir DIR [--pin-stdin]
  --data-dir DIR   the kiosk's data folder (the one holding settings.json)
  --pin-stdin      read the new PIN from the first line of standard input (for scripts)

Sets a new staff PIN (${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits) and clears any lockout after wrong PINs.
A running kiosk takes the new PIN at once.`;

class UsageError extends Error {}
/** A PIN that cannot be used: said without the usage, which would not help. */
class PinError extends Error {}

/** The new PIN: typed twice on a terminal, or one line from a script. */
async function newPin(fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await firstLineOfStdin()).trim();
  if (!process.stdin.isTTY) {
    throw new UsageError(
      'Run this in a terminal to type the PIN, or give it on standard input with --pin-stdin.',
    );
  }
  const pin = await askHidden(`New staff PIN (${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits): `);
  if (!isValidPin(pin))
    throw new PinError(`A PIN is ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits. Nothing was changed.`);
  if ((await askHidden('The same PIN again: ')) !== pin) {
    throw new PinError('The two PINs are not the same. Nothing was changed.');
  }
  return pin;
}

/** Entry point of `npm run staff-pin`: resets the staff PIN from a terminal. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'pin-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  if (!values['data-dir']) throw new UsageError('Say which data folder: --data-dir DIR.');
  const dataDir = resolve(values['data-dir']);
  const isFolder = await stat(dataDir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder)
    throw new UsageError(`${dataDir} is not a folder: give the kiosk's data folder (see the README).`);
  const pin = await newPin(values['pin-stdin']);
  if (!isValidPin(pin))
    throw new PinError(`A PIN is ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits. Nothing was changed.`);
  const { keptSettings } = await resetPin(dataDir, pin);
  console.log(`The staff PIN is set, and any lockout cleared (${resolve(dataDir, SETTINGS_NAME)}).`);
  if (!keptSettings) {
    console.log(
      'The old settings file was damaged: set the kiosk id and event again on the staff dashboard.',
    );
  }
}

main().catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(
    usage ? `${(error as Error).message}\n\n${USAGE}` : ((error as Error).message ?? String(error)),
  );
  process.exitCode = usage ? 2 : 1;
});
