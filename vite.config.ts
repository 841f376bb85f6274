import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is plain static files, so both hosts can serve it: relative asset paths, no dev server needed.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
});
