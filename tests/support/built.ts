import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure the Node-side bundles exist, building them when a test runs on its own
 * (`npm test` builds first, so there this does nothing).
 */
export function ensureMainBuilt(): void {
  const bundles = ['dist/host/serve.mjs', 'dist/cli/start.mjs', 'dist/cli/content-check.mjs'];
  if (bundles.every((bundle) => existsSync(bundle))) return;
  execFileSync(process.execPath, ['scripts/build.mjs', '--main-only'], {
    stdio: 'inherit',
    timeout: 120_000,
  });
}
