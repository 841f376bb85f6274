import { extname, join, normalize } from 'node:path';
import { openInside } from '../regular-file';

/** A picture's size in pixels (for SVG, in its own user units). */
export interface ImageSize {
  width: number;
  height: number;
}

// A JPEG keeps its size in the frame header, after any EXIF block, which can be large.
const JPEG_SCAN_BYTES = 512 * 1024;
const HEAD_BYTES = 64 * 1024;

/**
 * Reads the pixel size of a picture in the content folder, so the screen can reserve its space
 * before it loads and draw it in its own proportions. Undefined when the file cannot be read or
 * does not say (an SVG with neither width and height nor viewBox); `checkImage` reports why.
 */
export async function readImageSize(contentDir: string, src: string): Promise<ImageSize | undefined> {
  const type = extname(src).toLowerCase();
  const bytes = await readHead(contentDir, normalize(src), type === '.jpg' || type === '.jpeg');
  if (!bytes) return undefined;
  const size = sizeOf(type, bytes);
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

/** The size written in a picture's first bytes, by its kind (`.png`, `.jpg`, `.webp`, `.svg`). */
export function sizeOf(type: string, bytes: Buffer): ImageSize | undefined {
  switch (type) {
    case '.png':
      // The IHDR chunk always comes first: width and height at bytes 16 and 20.
      return bytes.length >= 24
        ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
        : undefined;
    case '.jpg':
    case '.jpeg':
      return jpegSize(bytes);
    case '.webp':
      return webpSize(bytes);
    case '.svg':
      return svgSize(bytes.toString('utf8'));
    default:
      return undefined;
  }
}

// Opened as checkImage and the hosts open it: inside media/, a regular file (a FIFO would hang).
async function readHead(contentDir: string, src: string, long: boolean): Promise<Buffer | undefined> {
  const file = await openInside(join(contentDir, 'media'), join(contentDir, src));
  if (!file.ok) return undefined;
  try {
    const length = long ? JPEG_SCAN_BYTES : HEAD_BYTES;
    const { buffer, bytesRead } = await file.handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await file.handle.close();
  }
}

function jpegSize(bytes: Buffer): ImageSize | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    // Start-of-frame markers (baseline, progressive, ...), but not DHT (c4), JPG (c8) or DAC (cc).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}

function webpSize(bytes: Buffer): ImageSize | undefined {
  if (bytes.length < 30) return undefined;
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8 ')
    return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  return undefined;
}

function svgSize(text: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  // Only plain lengths count: a width of "100%" says nothing about the picture's shape.
  const length = (value: string | undefined) =>
    value && /^\s*[\d.]+\s*(px)?\s*$/.test(value) ? parseFloat(value) : undefined;
  const width = length(attribute('width'));
  const height = length(attribute('height'));
  if (width && height) return { width, height };
  const box = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box.every(Number.isFinite)) return { width: box[2]!, height: box[3]! };
  return undefined;
}
