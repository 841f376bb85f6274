import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, OFFLINE_CHROMIUM_ARGS } from '../support/chromium';

const launchOptions = { executablePath: chromiumExecutable(), args: OFFLINE_CHROMIUM_ARGS };

// The end-to-end tests drive the built browser host (npm run build first) in real Chromium.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { launchOptions, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'touch-portrait',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1080, height: 1920 },
        hasTouch: true,
        isMobile: false,
      },
    },
    { name: 'landscape', use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 } } },
  ],
});
