import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
// With its extension, as Vite's config loader asks; TypeScript maps `.js` to the `.ts` file.
import { cspMeta } from './scripts/vite-csp-meta.js';

/**
 * The mode in which scripts/build.mjs builds the organizer's preview page (served only by
 * `npm run serve -- --preview`), after the kiosk and beside it: a build of its own, so the kiosk's
 * page and bundle stay exactly as they are, with nothing split out to share with the preview.
 */
const PREVIEW_PAGE_MODE = 'preview-page';

// The renderer is plain static files, so both hosts can serve it: relative asset paths, no dev server needed.
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: mode !== PREVIEW_PAGE_MODE,
    target: 'chrome120',
    sourcemap: true,
    ...(mode === PREVIEW_PAGE_MODE
      ? { rolldownOptions: { input: fileURLToPath(new URL('./renderer/preview.html', import.meta.url)) } }
      : {}),
  },
}));
