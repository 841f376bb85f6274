// electron-builder's afterPack hook (electron-builder.yml): flips the Electron fuses of the packaged
// binary with @electron/fuses, before signing. The configuration is exported for the packaging check.
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker @electron/fuses looks for: every Electron binary since 12 holds it, a stub does not. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** electron-builder's `Arch.arm64`. */
const ARM64 = 3;

/**
 * The kiosk's fuses: Electron cannot be turned into a plain Node.js (RunAsNode, NODE_OPTIONS,
 * --inspect), file:// gets no extra privileges, and the app loads only from its app.asar, whose
 * integrity is checked where Electron supports it (macOS, Windows).
 * @param {string} platform electron-builder's `electronPlatformName` (`linux`, `win32`, `darwin`, `mas`)
 * @param {number} arch electron-builder's `Arch`
 */
export function kioskFuses(platform, arch) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Changing the binary breaks the ad-hoc signature an Apple-silicon Mac needs to run it at all.
    resetAdHocDarwinSignature: (platform === 'darwin' || platform === 'mas') && arch === ARM64,
  };
}

/**
 * The Electron binary electron-builder just packed, as its own fuse step finds it.
 * @param {import('electron-builder').AfterPackContext} context
 */
export function packedElectron(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'linux') return join(appOutDir, packager.executableName);
  const ext = electronPlatformName === 'win32' ? '.exe' : '.app';
  return join(appOutDir, `${packager.appInfo.productFilename}${ext}`);
}

/**
 * True when `binary` holds a fuse wire. Tells a real Electron from the packaging check's stub
 * without letting @electron/fuses fail on the stub with a confusing message.
 * @param {Buffer} binary
 */
export function hasFuseWire(binary) {
  return binary.includes(FUSE_SENTINEL);
}

/**
 * Flips the fuses. A binary without a fuse wire fails the build, so no kiosk ships unfused;
 * only the packaging check (`KIOSK_TEST=1`, with its stub Electron) is told and goes on.
 * @param {import('electron-builder').AfterPackContext} context
 */
export default async function afterPack(context) {
  const electron = packedElectron(context);
  const file = electron.endsWith('.app')
    ? join(electron, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework')
    : electron;
  if (!hasFuseWire(await readFile(file))) {
    const message = `${file} has no fuse wire: it is not a real Electron binary, so its fuses cannot be flipped`;
    if (process.env.KIOSK_TEST === '1')
      return console.log(`[after-pack] ${message} (stub Electron, packaging check).`);
    throw new Error(`${message}. Refusing to ship an app without its fuses.`);
  }
  await flipFuses(electron, kioskFuses(context.electronPlatformName, context.arch));
  const wire = await getCurrentFuseWire(electron);
  console.log(`[after-pack] fuses flipped in ${electron}: ${describeWire(wire)}`);
}

/** @param {Record<string, unknown>} wire */
function describeWire(wire) {
  return Object.entries(FuseV1Options)
    .filter(([, index]) => typeof index === 'number' && wire[index] !== undefined)
    .map(([name, index]) => `${name}=${wire[index] === 49 ? 'on' : wire[index] === 48 ? 'off' : wire[index]}`)
    .join(', ');
}
