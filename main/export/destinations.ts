import { join } from 'node:path';

/** A place staff can export to. */
export interface Destination {
  kind: 'removable' | 'data-folder';
  /** The folder to write into. */
  path: string;
  /** What to show on the button: the drive's name, or "This kiosk's data folder". */
  label: string;
  /** Mounted read-only (a stick's lock switch): shown, but an export there will fail. */
  readOnly: boolean;
}

/** A macOS volume: an entry of /Volumes, and whether it is the disk the system started from. */
export interface MacVolume {
  name: string;
  isBoot: boolean;
}

/** A Windows drive as Win32_LogicalDisk describes it (DriveType 2 is removable). */
export interface WindowsDrive {
  DeviceID: string;
  DriveType: number;
  VolumeName?: string | null;
}

/** What the system says about its drives: one of these, by platform. */
export type DriveFacts =
  | { platform: 'linux'; user: string; mounts: string }
  | { platform: 'darwin'; volumes: MacVolume[] }
  | { platform: 'win32'; drives: WindowsDrive[] }
  | { platform: 'other' };

// /proc/mounts writes a space, tab, newline or backslash in a path as an octal escape.
const unescapeMount = (text: string) =>
  text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * USB sticks and other drives mounted where Linux desktops put them: `/media/<user>/<label>`
 * (udisks on Debian and Ubuntu), `/media/<label>` (usbmount), `/run/media/<user>/<label>` (Fedora,
 * Arch), `/mnt/<name>` (by hand). Only block devices count, so tmpfs and other virtual mounts
 * under those folders are not offered.
 */
export function linuxDrives(mounts: string, user: string): Destination[] {
  const u = escapeRegExp(user);
  const place = new RegExp(`^(?:/media/${u}/[^/]+|/media/[^/]+|/run/media/${u}/[^/]+|/mnt/[^/]+)$`);
  const byPath = new Map<string, Destination>();
  for (const line of mounts.split('\n')) {
    const [source = '', rawPath = '', , options = ''] = line.split(' ');
    const path = unescapeMount(rawPath);
    if (!source.startsWith('/dev/') || !place.test(path) || path === `/media/${user}`) continue;
    // A later line for the same folder is mounted over the earlier one: it is what a write reaches.
    byPath.set(path, {
      kind: 'removable',
      path,
      label: path.slice(path.lastIndexOf('/') + 1),
      readOnly: options.split(',').includes('ro'),
    });
  }
  return [...byPath.values()];
}

/** Every volume in /Volumes but the startup disk (which appears there as a link to `/`). */
export function macDrives(volumes: MacVolume[]): Destination[] {
  return volumes
    .filter((volume) => !volume.isBoot && !volume.name.startsWith('.'))
    .map((volume) => ({
      kind: 'removable',
      path: join('/Volumes', volume.name),
      label: volume.name,
      readOnly: false,
    }));
}

/** Removable drive letters (DriveType 2), as `E:\`. */
export function windowsDrives(drives: WindowsDrive[]): Destination[] {
  return drives
    .filter((drive) => drive.DriveType === 2 && /^[A-Z]:$/i.test(drive.DeviceID))
    .map((drive) => ({
      kind: 'removable',
      path: `${drive.DeviceID.toUpperCase()}\\`,
      label: drive.VolumeName ? `${drive.VolumeName} (${drive.DeviceID})` : drive.DeviceID,
      readOnly: false,
    }));
}

/** The drives the facts describe. */
export function removableDrives(facts: DriveFacts): Destination[] {
  switch (facts.platform) {
    case 'linux':
      return linuxDrives(facts.mounts, facts.user);
    case 'darwin':
      return macDrives(facts.volumes);
    case 'win32':
      return windowsDrives(facts.drives);
    default:
      return [];
  }
}

/** Where exports go when no stick is at hand: `<data-dir>/exports/`. */
export const dataFolderExports = (dataDir: string): Destination => ({
  kind: 'data-folder',
  path: join(dataDir, 'exports'),
  label: "This kiosk's data folder",
  readOnly: false,
});
