// Builds the kiosk: the renderer with Vite, the Node side (Electron main, preload, browser host,
// command-line tools) with esbuild. `--main-only` skips the renderer, for the command-line tools.
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';
import { build as vite } from 'vite';
import { precompress } from './precompress.mjs';

const mainOnly = process.argv.includes('--main-only');
// When this copy was built (SOURCE_DATE_EPOCH's time for a reproducible build): staff mode's
// checklist finds a kiosk clock earlier than this implausible (main/staff/build-date.ts).
const builtAt = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
  : new Date();
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __KIOSK_BUILT_AT__: JSON.stringify(builtAt.toISOString()) },
};

await rm('dist/main', { recursive: true, force: true });
await Promise.all([
  // Electron's main: ESM, with npm packages left to node_modules, where they ship in app.asar as
  // the app's dependencies.
  esbuild({
    ...node,
    format: 'esm',
    packages: 'external',
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    entryPoints: { 'main/app': 'main/app.ts' },
  }),
  // The browser host, the tools and the content worker: each one file with its packages in it, so
  // a start loads a handful of modules rather than a hundred and more from node_modules. The
  // `electron` package (npm start) stays outside: it finds its binary beside its own files. The
  // banner gives the CommonJS packages inside a `require` for Node's built-in modules.
  esbuild({
    ...node,
    format: 'esm',
    external: ['electron'],
    banner: {
      js: "import { createRequire as __kioskCreateRequire } from 'node:module'; const require = __kioskCreateRequire(import.meta.url);",
    },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    entryPoints: {
      // Content loading's worker thread, found beside the bundles (main/content/load-in-worker.ts).
      'main/content-worker': 'main/content/content-worker.ts',
      'host/serve': 'main/host/serve.ts',
      'cli/start': 'main/cli/start.ts',
      'cli/content-check': 'main/cli/content-check.ts',
      'cli/keys': 'main/cli/keys.ts',
      'cli/seal': 'main/cli/seal.ts',
      'cli/export': 'main/cli/export.ts',
      'cli/merge': 'main/cli/merge.ts',
      'cli/preflight': 'main/cli/preflight.ts',
      'cli/staff-pin': 'main/cli/staff-pin.ts',
    },
  }),
  // A sandboxed preload can require nothing but electron: bundle everything else into it.
  esbuild({
    ...node,
    format: 'cjs',
    external: ['electron'],
    entryPoints: { 'main/preload': 'main/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
  }),
]);
if (!mainOnly) {
  await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await precompress('dist/renderer');
}
