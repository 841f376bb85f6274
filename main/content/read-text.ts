import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import type { Problem } from './types';

/** Content files larger than this are refused: they would slow every reload on a cheap laptop. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; missing: boolean; problem: Problem };

/**
 * Reads a content file as UTF-8 text, refusing files that are too large or not UTF-8.
 * `name` is how the file is named in problems (relative to the content folder).
 */
export async function readTextFile(path: string, name: string): Promise<TextFile> {
  const error = (message: string, at?: { line: number; column: number }, missing = false): TextFile => ({
    ok: false,
    missing,
    problem: { severity: 'error', file: name, ...at, message },
  });
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > MAX_CONTENT_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      return error(
        `this file is ${mb} MB; content files must be under 2 MB. Keep pictures in media/ and link them with ![description](media/<file name>).`,
      );
    }
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return error(readFailure(code), undefined, code === 'ENOENT');
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
