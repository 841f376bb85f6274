import { readFile, stat } from 'node:fs/promises';
import type { Problem } from './types';

/** Content files larger than this are refused: they would slow every reload on a cheap laptop. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Reads a content file as UTF-8 text, refusing files that are too large or not UTF-8.
 * `name` is how the file is named in problems (relative to the content folder).
 */
export async function readTextFile(path: string, name: string): Promise<TextFile> {
  const error = (message: string, line?: number, column?: number): TextFile => ({
    ok: false,
    problem: { severity: 'error', file: name, line, column, message },
  });
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (cause) {
    return error(readFailure(cause));
  }
  if (size > MAX_CONTENT_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return error(`this file is ${mb} MB; content files must be under 2 MB. Move pictures into media/.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    return error(readFailure(cause));
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, column } = positionOfByte(bytes, bad);
    return error(
      'this file is not saved as UTF-8 text. In your editor choose "Save with encoding: UTF-8" and save it again.',
      line,
      column,
    );
  }
  // A byte-order mark is valid UTF-8 but would end up in the first heading or key.
  const text = bytes.toString('utf8');
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function readFailure(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'this file is missing.';
  if (code === 'EACCES' || code === 'EPERM') return 'the kiosk is not allowed to read this file. Check its permissions.';
  if (code === 'EISDIR') return 'this is a folder, but a file was expected here.';
  return `the kiosk could not read this file (${code ?? String(cause)}).`;
}

/** Index of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
function firstInvalidUtf8(bytes: Buffer): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Decode growing prefixes to find where it breaks: rare path, only for a broken file.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (decodesUpTo(bytes, mid + 1)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function decodesUpTo(bytes: Buffer, end: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}

function positionOfByte(bytes: Buffer, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Buffer.from(bytes.subarray(lineStart, index)).toString('utf8').length + 1 };
}
