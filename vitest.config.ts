import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Main-side tests run in Node, renderer tests in jsdom; neither needs Electron.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          include: [
            'tests/unit/main/**/*.test.ts',
            'tests/unit/lint/**/*.test.ts',
            'tests/unit/scripts/**/*.test.ts',
          ],
          globalSetup: ['tests/support/build-main.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          globals: true,
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});
