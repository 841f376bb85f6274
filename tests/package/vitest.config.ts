import { defineConfig } from 'vitest/config';

// The packaging check builds the unpacked app with electron-builder: slow, so it runs on its own.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
