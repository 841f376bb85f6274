import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../main/content/problems';
import { readTextFile } from '../../../../main/content/read-text';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-read-text-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function read(bytes: Uint8Array | string) {
  const path = join(dir, 'faq.es.md');
  await writeFile(path, bytes);
  return readTextFile(path, 'faq.es.md');
}

describe('readTextFile', () => {
  it('refuses a 5 MB file and says how big it is and what the limit is', async () => {
    const result = await read(Buffer.alloc(5 * 1024 * 1024, 'a'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblem(result.problem)).toMatch(
      /^faq\.es\.md: this file is 5\.0 MB; content files must be under 2 MB\./,
    );
  });

  it('refuses a Latin-1 file, pointing at the line and column of the first bad byte', async () => {
    const result = await read(
      Buffer.concat([
        Buffer.from('## Idioma\n\nEn '),
        Buffer.from([0x45, 0x73, 0x70, 0x61, 0xf1, 0x6f, 0x6c]),
      ]),
    );
    expect(result).toMatchObject({ ok: false, problem: { file: 'faq.es.md', line: 3, column: 8 } });
    if (result.ok) return;
    expect(result.problem.message).toContain('not saved as UTF-8');
  });

  it('counts characters, not bytes, when finding the column after accented letters', async () => {
    const result = await read(Buffer.concat([Buffer.from('¿Qué? '), Buffer.from([0xe9])]));
    expect(result).toMatchObject({ ok: false, problem: { line: 1, column: 7 } });
  });

  it('refuses a UTF-8 sequence cut short at the end of the file', async () => {
    const result = await read(Buffer.from([0x61, 0x0a, 0x62, 0xe2, 0x82]));
    expect(result).toMatchObject({ ok: false, problem: { line: 2, column: 2 } });
  });

  it('strips a byte-order mark so it never shows up in the first heading', async () => {
    const result = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('## ¿Qué?\n')]));
    expect(result).toEqual({ ok: true, text: '## ¿Qué?\n' });
  });

  it('refuses a FIFO, a device and a folder at once instead of reading them forever', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo.md')]);
    await symlink('/dev/zero', join(dir, 'zero.md'));
    await mkdir(join(dir, 'folder.md'));
    for (const name of ['fifo.md', 'zero.md']) {
      const result = await readTextFile(join(dir, name), name);
      expect(result, name).toMatchObject({ ok: false, missing: false, problem: { file: name } });
      if (!result.ok) expect(result.problem.message).toContain('not a normal file');
    }
    const folder = await readTextFile(join(dir, 'folder.md'), 'folder.md');
    expect(folder).toMatchObject({
      ok: false,
      problem: { message: 'this is a folder, but a file was expected here.' },
    });
  });

  it('says when the file is missing', async () => {
    const result = await readTextFile(join(dir, 'faq.fr.md'), 'faq.fr.md');
    expect(result).toMatchObject({
      ok: false,
      missing: true,
      problem: { file: 'faq.fr.md', severity: 'error' },
    });
  });
});
