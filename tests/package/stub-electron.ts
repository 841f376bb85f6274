import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUSE_SENTINEL } from '../../scripts/after-pack.mjs';

const ON = 49; // '1', FuseState.ENABLE
const OFF = 48; // '0', FuseState.DISABLE

/**
 * The fuse wire as Electron 45 ships it: the sentinel, the wire's version (1) and length, then one
 * byte per fuse in FuseV1Options order, at Electron's defaults: RunAsNode on, cookie encryption
 * off, NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, browser V8 snapshot
 * off, file:// privileges on.
 */
export const ELECTRON_DEFAULT_WIRE = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];

/**
 * A stand-in Electron distribution for electron-builder's `dir` target, which only copies it. It
 * is no real Electron (none can be downloaded here), but its binary carries a fuse wire laid out
 * as Electron's, so the afterPack hook can flip it and the check can read it back.
 */
export function writeStubElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.from([1, ELECTRON_DEFAULT_WIRE.length, ...ELECTRON_DEFAULT_WIRE]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n# ${FUSE_SENTINEL}`), wire]));
  chmodSync(join(dir, 'electron'), 0o755);
  for (const name of ['LICENSE', 'LICENSES.chromium.html']) writeFileSync(join(dir, name), '');
}
