import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// For the sealed kiosk's tests: whether a visitor's details can be found under a folder by any
// grep an attacker with the laptop would try.

/** Every file under `dir`, recursively. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The ways a grep could find `value` in a file: as written, JSON-escaped (with and without
 * \u escapes for non-ASCII), and as base64 (and base64url) of the plain text at each of the
 * three byte alignments, keeping only the characters that depend on `value` alone.
 */
export function encodings(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const asciiJson = json.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const bytes = Buffer.from(value, 'utf8');
  const base64 = [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const whole = Math.floor((shift + bytes.length) / 3); // groups of 3 bytes fully present
    return encoded.slice(shift > 0 ? 4 : 0, whole * 4);
  });
  const url = base64.map((text) => text.replace(/\+/g, '-').replace(/\//g, '_'));
  return [...new Set([value, json, asciiJson, ...base64, ...url])].filter((text) => text.length >= 4);
}

/** Where any of `values` shows, in any encoding of `encodings`, in any file under `dir`. */
export async function plaintextFound(dir: string, values: string[]): Promise<string[]> {
  const found: string[] = [];
  const needles = values.flatMap((value) => encodings(value).map((text) => ({ value, text })));
  for (const file of await filesUnder(dir)) {
    const bytes = await readFile(file);
    const latin = bytes.toString('latin1');
    for (const { value, text } of needles) {
      if (bytes.includes(Buffer.from(text, 'utf8')) || latin.includes(text))
        found.push(`${file}: ${value} as ${text}`);
    }
  }
  return found;
}
