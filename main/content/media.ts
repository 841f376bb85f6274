import { extname, join, normalize, sep } from 'node:path';
import { openInside, type NotOpened } from '../regular-file';

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
  // Opened as the hosts open it to send it, so a picture that passes here is one they serve.
  const file = await openInside(join(contentDir, 'media'), join(contentDir, relative));
  if (!file.ok) return cannotOpen(src, file);
  let head: Buffer;
  try {
    const { buffer, bytesRead } = await file.handle.read(Buffer.alloc(512), 0, 512, 0);
    head = buffer.subarray(0, bytesRead);
  } catch (cause) {
    return `the kiosk could not read the picture "${src}" (${(cause as NodeJS.ErrnoException).code ?? String(cause)}); save it again.`;
  } finally {
    await file.handle.close();
  }
  if (!type(head)) {
    const kind = extname(relative).slice(1).toUpperCase();
    return `"${src}" is not really a ${kind} picture; open it in a picture editor and save it as ${kind} again.`;
  }
  return undefined;
}

function cannotOpen(src: string, file: NotOpened): string {
  switch (file.reason) {
    case 'missing':
      return `the picture "${src}" does not exist; check the file name (capital letters count) in the media folder.`;
    case 'outside':
      return `"${src}" is a link to a file outside the media folder, which the kiosk never shows; copy the picture itself into media/.`;
    case 'not-a-file':
      return `"${src}" is not a picture file (it is a folder, a pipe or a device); save the picture there as a normal file.`;
    case 'unreadable':
      return `the kiosk is not allowed to read the picture "${src}"; check its permissions.`;
    default:
      return `the kiosk could not read the picture "${src}" (${file.code}); save it again.`;
  }
}
