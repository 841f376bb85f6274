import { isUtf8 } from 'node:buffer';
import { openRegularFile } from '../regular-file';
import type { Problem } from './types';

/** Content files larger than this are refused: they would slow every reload on a cheap laptop. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; missing: boolean; problem: Problem };

/**
 * Reads a content file as UTF-8 text, refusing files that are too large, not UTF-8, or not a
 * regular file (a FIFO, socket or device would hang or never end the read).
 * `name` is how the file is named in problems (relative to the content folder).
 */
export async function readTextFile(path: string, name: string): Promise<TextFile> {
  const error = (message: string, at?: { line: number; column: number }, missing = false): TextFile => ({
    ok: false,
    missing,
    problem: { severity: 'error', file: name, ...at, message },
  });
  const file = await openRegularFile(path);
  if (!file.ok) {
    if (file.reason === 'not-a-file') return error(notAFile(file.code));
    return error(readFailure(file.code), undefined, file.code === 'ENOENT');
  }
  let bytes: Buffer;
  try {
    if (file.size > MAX_CONTENT_FILE_BYTES) return error(tooLarge(file.size));
    // At most one byte past the limit: a file that grew since it was opened is still refused.
    const { buffer, bytesRead } = await file.handle.read({
      buffer: Buffer.alloc(Math.min(file.size, MAX_CONTENT_FILE_BYTES) + 1),
      position: 0,
    });
    if (bytesRead > MAX_CONTENT_FILE_BYTES) return error(tooLarge(bytesRead));
    bytes = buffer.subarray(0, bytesRead);
  } catch (cause) {
    return error(readFailure((cause as NodeJS.ErrnoException).code));
  } finally {
    await file.handle.close();
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    return error(
      'this file is not saved as UTF-8 text (the first character that is not UTF-8 is here). In your editor choose "Save with encoding: UTF-8" and save it again.',
      positionOfByte(bytes, bad),
    );
  }
  // A byte-order mark is valid UTF-8 but would end up in the first heading or key.
  const text = bytes.toString('utf8');
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function tooLarge(bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `this file is ${mb} MB; content files must be under 2 MB. Keep pictures in media/ and link them with ![description](media/<file name>).`;
}

function notAFile(code: string | undefined): string {
  if (code === 'EISDIR') return 'this is a folder, but a file was expected here.';
  return 'this is not a normal file (it is a pipe, a socket or a device), so the kiosk does not read it. Delete it, and save the text file here instead.';
}

function readFailure(code: string | undefined): string {
  if (code === 'ENOENT') return 'this file is missing.';
  if (code === 'EACCES' || code === 'EPERM')
    return 'the kiosk is not allowed to read this file. Check its permissions.';
  if (code === 'EISDIR') return 'this is a folder, but a file was expected here.';
  return `the kiosk could not read this file (${code ?? 'unknown error'}). Check that it is a normal text file.`;
}

/**
 * Index of the first byte that breaks UTF-8, or -1 when the whole buffer is valid.
 * Scans sequence by sequence: a streaming decoder would blame the byte after a stray lead byte.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]!);
    if (length === 0 || !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return -1;
}

/** How many bytes a UTF-8 sequence starting with `lead` has; 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Line and column (1-based, counting characters as an editor does) of the byte at `index`. */
function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  const before = Buffer.from(bytes.subarray(0, index)).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.slice(0, lineStart).split('\n').length;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}
