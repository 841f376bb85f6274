import { execFileSync } from 'node:child_process';

/**
 * Vitest global setup for the main-side tests: builds the Node bundles once before any test, so
 * the tests of the command-line tools run today's code and never race a build of their own.
 */
export default function buildMain(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--main-only'], {
    stdio: 'inherit',
    timeout: 120_000,
  });
}
