import { test as base, expect, type Locator } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';
import { copyDefaultContent, DEFAULT_CONTENT } from '../support/content-fixture';

interface Fixtures {
  /** Taps on a touch screen, clicks elsewhere: the way a visitor would use this viewport. */
  press: (target: Locator) => Promise<void>;
}

interface WorkerFixtures {
  /** One browser host with the default content, shared by a worker's tests. */
  host: RunningHost;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startHost(DEFAULT_CONTENT);
      await use(host);
      await host.stop();
    },
    { scope: 'worker' },
  ],
  page: async ({ page }, use) => {
    // Any uncaught error in the page fails the test, even if the screen looks right.
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await use(page);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
  press: async ({ hasTouch }, use) => {
    await use((target) => (hasTouch ? target.tap() : target.click()));
  },
});

export { copyDefaultContent, expect, startHost };
