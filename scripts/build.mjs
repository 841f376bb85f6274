// Builds the kiosk: the renderer with Vite, the Node side (Electron main, preload, browser host,
// command-line tools) with esbuild. `--main-only` skips the renderer, for the command-line tools.
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';
import { build as vite } from 'vite';
import { precompress } from './precompress.mjs';
import { zodEnglishOnly } from './zod-english-only.mjs';

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

const selfContained = {
  format: 'esm',
  plugins: [zodEnglishOnly],
  external: ['electron'],
  banner: {
    js: "import { createRequire as __kioskCreateRequire } from 'node:module'; const require = __kioskCreateRequire(import.meta.url);",
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
};

await rm('dist/main', { recursive: true, force: true });
await rm('dist/chunks', { recursive: true, force: true });
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
  // The browser host: its packages bundled in, so a start loads a handful of modules rather than
  // a hundred and more from node_modules, and split, so that what it needs only once it listens
  // (the kiosk itself, the contract's checks) is a chunk of its own in dist/chunks/, loaded while
  // the page loads. The banner gives the CommonJS packages inside a `require` for Node's modules.
  esbuild({
    ...node,
    ...selfContained,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    entryPoints: { 'host/serve': 'main/host/serve.ts' },
  }),
  // The tools: each one file with its packages in it (`npm start` runs before anything else is
  // there). The `electron` package stays outside: it finds its binary beside its own files.
  esbuild({
    ...node,
    ...selfContained,
    entryPoints: {
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
  // Content loading's worker thread, found beside the bundles (main/content/load-in-worker.ts): one
  // file, since the packaged app carries dist/main/ only.
  esbuild({
    ...node,
    ...selfContained,
    entryPoints: { 'main/content-worker': 'main/content/content-worker.ts' },
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
  // The organizer's preview page, beside the kiosk's (see vite.config.ts).
  await vite({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'preview-page' });
  await precompress('dist/renderer');
}
