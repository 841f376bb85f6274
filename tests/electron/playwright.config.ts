import { defineConfig } from '@playwright/test';

// Drives the real Electron app where its binary exists; elsewhere each test skips with the reason.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  workers: 1,
  reporter: [['list']],
});
