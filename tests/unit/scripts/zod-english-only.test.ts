import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { zodEnglishOnly } from '../../../scripts/zod-english-only.mjs';

const dir = await mkdtemp(join(tmpdir(), 'kiosk-zod-bundle-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Bundles a use of zod as scripts/build.mjs bundles the host, with or without the plugin. */
async function bundle(plugins: (typeof zodEnglishOnly)[]): Promise<{ code: string; file: string }> {
  const file = join(dir, `zod-${plugins.length}.mjs`);
  const result = await build({
    stdin: {
      contents:
        "import { z } from 'zod'; export const check = (value) => z.object({ name: z.string() }).safeParse(value);",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    plugins,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  await writeFile(file, code);
  return { code, file };
}

describe('zod in English only (scripts/zod-english-only.mjs)', () => {
  it("leaves zod's other languages out of a bundle, which shrinks by a third or more", async () => {
    const [plain, english] = await Promise.all([bundle([]), bundle([zodEnglishOnly])]);
    expect(plain.code).toContain('Eingabe: erwartet');
    expect(english.code).not.toContain('Eingabe: erwartet');
    expect(english.code.length).toBeLessThan(plain.code.length * 0.67);
  });

  it('keeps zod working, with its English messages', async () => {
    const { file } = await bundle([zodEnglishOnly]);
    const { check } = (await import(pathToFileURL(file).href)) as {
      check: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } };
    };
    expect(check({ name: 'Ana' }).success).toBe(true);
    expect(check({ name: 7 }).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
