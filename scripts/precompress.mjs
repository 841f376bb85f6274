// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the built renderer, once at
// build time, so the browser host sends the smaller one a browser accepts without compressing on
// every request (main/host/static-files.ts). The Electron app reads the files from app.asar and
// needs no copies: electron-builder.yml leaves them out.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = /\.(html|js|css|svg|json|txt)$/;
// Below this a compressed copy saves less than its HTTP headers weigh.
const MIN_BYTES = 1024;

/** Precompresses every text file (source maps aside) under `dir`; answers how many it did. */
export async function precompress(dir) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && TEXT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  let done = 0;
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      if (bytes.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        promisify(brotliCompress)(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
        promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      // Written after the file itself, so each copy is newer: the host refuses an older copy.
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      done++;
    }),
  );
  return done;
}
