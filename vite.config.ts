import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// With its extension, as Vite's config loader asks; TypeScript maps `.js` to the `.ts` file.
import { cspMeta } from './scripts/vite-csp-meta.js';

// The renderer is plain static files, so both hosts can serve it: relative asset paths, no dev server needed.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
});
