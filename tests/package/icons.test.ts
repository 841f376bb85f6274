import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the app icon', () => {
  it('is drawn from the current campaign logo (run "npm run icons" after changing the logo)', () => {
    const logo = readFileSync('content/media/logo.svg');
    expect(readFileSync('build/icon.source.txt', 'utf8').trim()).toBe(
      `content/media/logo.svg sha256 ${createHash('sha256').update(logo).digest('hex')}`,
    );
  });

  it('is a 1024×1024 PNG with transparency, large enough for every platform (.ico, .icns, Linux sizes)', () => {
    const png = readFileSync('build/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, bit depth, colour type 6 (RGBA).
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([1024, 1024, 8, 6]);
  });
});
