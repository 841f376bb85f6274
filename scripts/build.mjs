// Builds the kiosk: the renderer with Vite, the Node side (Electron main, preload, browser host,
// command-line tools) with esbuild. `--main-only` skips the renderer, for the command-line tools.
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';
import { build as vite } from 'vite';

const mainOnly = process.argv.includes('--main-only');
const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await rm('dist/main', { recursive: true, force: true });
await Promise.all([
  // ESM, with npm packages left to node_modules: they ship in app.asar as dependencies.
  esbuild({
    ...node,
    format: 'esm',
    packages: 'external',
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    entryPoints: {
      'main/app': 'main/app.ts',
      'host/serve': 'main/host/serve.ts',
      'cli/start': 'main/cli/start.ts',
      'cli/content-check': 'main/cli/content-check.ts',
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
if (!mainOnly) await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
