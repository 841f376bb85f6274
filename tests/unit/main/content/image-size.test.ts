import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readImageSize, sizeOf } from '../../../../main/content/image-size';

/** A valid PNG header (signature and IHDR) for a picture of the given size. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ihdr,
    deflateSync(''),
  ]);
}

/** A JPEG's first segments: an APP0 block, then a baseline frame header. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.alloc(19);
  sof.writeUInt16BE(0xffc0, 0);
  sof.writeUInt16BE(17, 2);
  sof[4] = 8;
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
}

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the size of a picture', () => {
  it('is read from a PNG, a JPEG, a WebP and an SVG', () => {
    expect(sizeOf('.png', pngHeader(1200, 800))).toEqual({ width: 1200, height: 800 });
    expect(sizeOf('.jpg', jpegHeader(640, 480))).toEqual({ width: 640, height: 480 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(999, 24, 3);
    webp.writeUIntLE(499, 27, 3);
    expect(sizeOf('.webp', webp)).toEqual({ width: 1000, height: 500 });
    expect(
      sizeOf('.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150">')),
    ).toEqual({
      width: 300,
      height: 150,
    });
    expect(sizeOf('.svg', Buffer.from('<svg width="100%" viewBox="0 0 120 90">'))).toEqual({
      width: 120,
      height: 90,
    });
  });

  it('is unknown for an SVG that does not say, and for a file that is not there', async () => {
    expect(sizeOf('.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeUndefined();
    dir = await mkdtemp(join(tmpdir(), 'kiosk-image-size-'));
    await mkdir(join(dir, 'media'));
    await writeFile(join(dir, 'media', 'wide.png'), pngHeader(1200, 800));
    expect(await readImageSize(dir, 'media/wide.png')).toEqual({ width: 1200, height: 800 });
    expect(await readImageSize(dir, 'media/missing.png')).toBeUndefined();
  });
});
