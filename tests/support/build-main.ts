import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((latest, entry) => Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/**
 * Vitest global setup for the main-side tests: the tests of the command-line tools run the built
 * bundles, so build them unless `npm test` just did (the bundles are newer than every source file).
 */
export default function buildMain(): void {
  const built = (() => {
    try {
      return statSync('dist/host/serve.mjs').mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built > Math.max(newest('main'), statSync('package.json').mtimeMs)) return;
  execFileSync(process.execPath, ['scripts/build.mjs', '--main-only'], {
    stdio: 'inherit',
    timeout: 120_000,
  });
}
