import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import afterPack, { hasFuseWire, kioskFuses, packedElectron } from '../../scripts/after-pack.mjs';

const ARM64 = 3;
const X64 = 1;

/** The part of electron-builder's context the hook reads. */
function contextFor(platform: string, appOutDir: string, arch = X64): AfterPackContext {
  return {
    appOutDir,
    electronPlatformName: platform,
    arch,
    packager: {
      executableName: 'united-we-heal-kiosk',
      appInfo: { productFilename: 'United We Heal Kiosk' },
    },
  } as unknown as AfterPackContext;
}

afterEach(() => vi.unstubAllEnvs());

describe('the fuse configuration of the afterPack hook', () => {
  it('turns off running as Node, NODE_OPTIONS, --inspect and file:// privileges; turns on asar-only with integrity', () => {
    expect(kioskFuses('linux', X64)).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      resetAdHocDarwinSignature: false,
    });
  });

  it('re-signs ad hoc only an Apple-silicon Mac build, which would not start otherwise', () => {
    expect(kioskFuses('darwin', ARM64).resetAdHocDarwinSignature).toBe(true);
    expect(kioskFuses('darwin', X64).resetAdHocDarwinSignature).toBe(false);
    expect(kioskFuses('win32', ARM64).resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the packed binary on each platform', () => {
    expect(packedElectron(contextFor('linux', '/out'))).toBe(join('/out', 'united-we-heal-kiosk'));
    expect(packedElectron(contextFor('win32', '/out'))).toBe(join('/out', 'United We Heal Kiosk.exe'));
    expect(packedElectron(contextFor('darwin', '/out'))).toBe(join('/out', 'United We Heal Kiosk.app'));
  });

  it('tells a binary with a fuse wire from one without', () => {
    expect(hasFuseWire(Buffer.from('ELF...dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x08'))).toBe(true);
    expect(hasFuseWire(Buffer.from(''))).toBe(false);
  });

  it('refuses to package an Electron without a fuse wire, unless it is the packaging check stub', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-fuses-'));
    try {
      writeFileSync(join(dir, 'united-we-heal-kiosk'), '');
      vi.stubEnv('KIOSK_TEST', '');
      await expect(afterPack(contextFor('linux', dir))).rejects.toThrow(
        /Refusing to ship an app without its fuses/,
      );
      vi.stubEnv('KIOSK_TEST', '1');
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      await afterPack(contextFor('linux', dir));
      expect(log).toHaveBeenCalledWith(expect.stringContaining('not a real Electron binary'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
