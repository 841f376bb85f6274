import { execFile } from 'node:child_process';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  dataFolderExports,
  removableDrives,
  type Destination,
  type DriveFacts,
  type MacVolume,
  type WindowsDrive,
} from './destinations';

// The parts of this file that ask the system; what they answer is read by destinations.ts,
// which the tests cover on any platform. Only the Linux probe runs in CI: the macOS and Windows
// probes are untested.

async function macVolumes(): Promise<MacVolume[]> {
  const root = await stat('/');
  const names = await readdir('/Volumes').catch(() => [] as string[]);
  const volumes: MacVolume[] = [];
  for (const name of names) {
    const path = join('/Volumes', name);
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) continue;
    const real = await realpath(path).catch(() => path);
    volumes.push({ name, isBoot: real === '/' || info.dev === root.dev });
  }
  return volumes;
}

// PowerShell's CIM query is in every Windows since 8, unlike the retired wmic.
async function windowsLogicalDisks(): Promise<WindowsDrive[]> {
  const { stdout } = await promisify(execFile)(
    'powershell.exe',
    [
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      'Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName | ConvertTo-Json -Compress',
    ],
    { timeout: 5000, windowsHide: true },
  );
  const parsed: unknown = JSON.parse(stdout || '[]');
  // ConvertTo-Json writes a lone object, not an array, when there is one disk.
  return (Array.isArray(parsed) ? parsed : [parsed]) as WindowsDrive[];
}

/** Asks this system about its drives. */
export async function probeDrives(): Promise<DriveFacts> {
  switch (process.platform) {
    case 'linux':
      return { platform: 'linux', user: userInfo().username, mounts: await readFile('/proc/mounts', 'utf8') };
    case 'darwin':
      return { platform: 'darwin', volumes: await macVolumes() };
    case 'win32':
      return { platform: 'win32', drives: await windowsLogicalDisks() };
    default:
      return { platform: 'other' };
  }
}

/**
 * Where staff can export to: the removable drives this machine shows (USB sticks), then the data
 * folder's `exports/`. A probe that fails lists no drives rather than failing: the data folder
 * is always offered. `probe` is replaceable for tests.
 */
export async function listDestinations(
  dataDir: string,
  probe: () => Promise<DriveFacts> = probeDrives,
): Promise<Destination[]> {
  const facts = await probe().catch((): DriveFacts => ({ platform: 'other' }));
  return [...removableDrives(facts), dataFolderExports(dataDir)];
}
