import { describe, expect, it } from 'vitest';
import { linuxDrives, macDrives, removableDrives, windowsDrives } from '../../../../main/export/destinations';
import { listDestinations, probeDrives } from '../../../../main/export/drive-probe';

// A /proc/mounts as a Debian kiosk with two sticks shows it, with the noise around them.
const PROC_MOUNTS = [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0',
  'tmpfs /run tmpfs rw,nosuid,nodev,size=1632024k,mode=755 0 0',
  '/dev/sdb1 /media/kiosk/CAMPAIGN\\040STICK vfat rw,nosuid,nodev,relatime,uid=1000,fmask=0022 0 0',
  '/dev/sdc1 /media/kiosk/LOCKED exfat ro,nosuid,nodev,relatime 0 0',
  '/dev/sdd1 /media/someone-else/THEIRS vfat rw 0 0',
  '/dev/sde1 /run/media/kiosk/FEDORA vfat rw 0 0',
  '/dev/sdf1 /mnt/usb ext4 rw 0 0',
  '/dev/sdg1 /media/usb0 vfat rw 0 0',
  'tmpfs /mnt/ramdisk tmpfs rw 0 0',
  'overlay /mnt/deep/inside overlay rw 0 0',
  '/dev/sdh1 /mnt/deep/inside ext4 rw 0 0',
  '/dev/sdb1 /home/kiosk/bind-of-stick vfat rw 0 0',
  '',
].join('\n');

describe('linuxDrives', () => {
  it('lists block devices mounted where desktops put sticks, for this user', () => {
    expect(linuxDrives(PROC_MOUNTS, 'kiosk')).toEqual([
      { kind: 'removable', path: '/media/kiosk/CAMPAIGN STICK', label: 'CAMPAIGN STICK', readOnly: false },
      { kind: 'removable', path: '/media/kiosk/LOCKED', label: 'LOCKED', readOnly: true },
      { kind: 'removable', path: '/run/media/kiosk/FEDORA', label: 'FEDORA', readOnly: false },
      { kind: 'removable', path: '/mnt/usb', label: 'usb', readOnly: false },
      { kind: 'removable', path: '/media/usb0', label: 'usb0', readOnly: false },
    ]);
  });

  it('lists nothing when no stick is in', () => {
    expect(linuxDrives('/dev/sda1 / ext4 rw 0 0\n', 'kiosk')).toEqual([]);
  });

  it('keeps the mount on top when one folder has two', () => {
    const mounts = '/dev/sdb1 /mnt/usb vfat rw 0 0\n/dev/sdc1 /mnt/usb vfat ro 0 0\n';
    expect(linuxDrives(mounts, 'kiosk')).toEqual([
      { kind: 'removable', path: '/mnt/usb', label: 'usb', readOnly: true },
    ]);
  });
});

describe('macDrives and windowsDrives (their probes are untested: no macOS or Windows here)', () => {
  it('lists /Volumes but the startup disk and hidden entries', () => {
    expect(
      macDrives([
        { name: 'Macintosh HD', isBoot: true },
        { name: 'KIOSK STICK', isBoot: false },
        { name: '.timemachine', isBoot: false },
      ]),
    ).toEqual([{ kind: 'removable', path: '/Volumes/KIOSK STICK', label: 'KIOSK STICK', readOnly: false }]);
  });

  it('lists removable drive letters only', () => {
    expect(
      windowsDrives([
        { DeviceID: 'C:', DriveType: 3, VolumeName: 'Windows' },
        { DeviceID: 'E:', DriveType: 2, VolumeName: 'CAMPAIGN' },
        { DeviceID: 'F:', DriveType: 2, VolumeName: null },
        { DeviceID: 'Z:', DriveType: 4, VolumeName: 'share' },
      ]),
    ).toEqual([
      { kind: 'removable', path: 'E:\\', label: 'CAMPAIGN (E:)', readOnly: false },
      { kind: 'removable', path: 'F:\\', label: 'F:', readOnly: false },
    ]);
  });

  it('lists nothing for another platform', () => {
    expect(removableDrives({ platform: 'other' })).toEqual([]);
  });
});

describe('listDestinations', () => {
  it("offers the sticks, then the data folder's exports/", async () => {
    const probe = () => Promise.resolve({ platform: 'linux' as const, user: 'kiosk', mounts: PROC_MOUNTS });
    const list = await listDestinations('/srv/kiosk-data', probe);
    expect(list.map((d) => d.path)).toEqual([
      '/media/kiosk/CAMPAIGN STICK',
      '/media/kiosk/LOCKED',
      '/run/media/kiosk/FEDORA',
      '/mnt/usb',
      '/media/usb0',
      '/srv/kiosk-data/exports',
    ]);
    expect(list.at(-1)).toEqual({
      kind: 'data-folder',
      path: '/srv/kiosk-data/exports',
      label: "This kiosk's data folder",
      readOnly: false,
    });
  });

  it('still offers the data folder when asking the system fails', async () => {
    const list = await listDestinations('/srv/kiosk-data', () => Promise.reject(new Error('no powershell')));
    expect(list.map((d) => d.kind)).toEqual(['data-folder']);
  });

  it.runIf(process.platform === 'linux')('reads this machine’s /proc/mounts', async () => {
    const facts = await probeDrives();
    expect(facts).toMatchObject({ platform: 'linux', mounts: expect.stringContaining(' / ') });
    expect((await listDestinations('/tmp/data')).at(-1)?.kind).toBe('data-folder');
  });
});
