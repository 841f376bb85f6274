import { open } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const IMAGE_TYPES: Record<string, (head: Buffer) => boolean> = {
  '.png': (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  '.jpeg': (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  '.webp': (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  '.svg': (head) => /<svg[\s>]/i.test(head.toString('utf8')),
};

/**
 * Checks that `src` (as written in the content, like `media/logo.png`) names an image file inside
 * the content's media folder. Returns what is wrong, in plain words, or undefined when it is fine.
 */
export async function checkImage(contentDir: string, src: string): Promise<string | undefined> {
  if (/^[a-z]+:/i.test(src)) {
    return `"${src}" is not a file in the media folder; the kiosk has no internet, so copy the picture into media/ and write "media/<file name>".`;
  }
  const relative = normalize(src);
  if (!relative.startsWith(`media${sep}`)) {
    return `"${src}" must be a file in the media folder, written like "media/logo.png".`;
  }
  const type = IMAGE_TYPES[extname(relative).toLowerCase()];
  if (!type) return `"${src}" is not a picture the kiosk can show; use a PNG, JPEG, SVG or WebP file.`;
  let head: Buffer;
  try {
    const file = await open(join(contentDir, relative), 'r');
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(512), 0, 512, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return `the picture "${src}" does not exist; check the file name (capital letters count) in the media folder.`;
  }
  if (!type(head)) {
    const kind = extname(relative).slice(1).toUpperCase();
    return `"${src}" is not really a ${kind} picture; open it in a picture editor and save it as ${kind} again.`;
  }
  return undefined;
}
