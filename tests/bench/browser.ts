import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumExecutable, OFFLINE_CHROMIUM_ARGS } from '../support/chromium';
import { installProbe } from './probe';

/** Launches the Chromium the tests use, headless and offline. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: OFFLINE_CHROMIUM_ARGS });
}

/** A page with the probe installed, and a DevTools session on it. */
export interface ProbedPage {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * Opens a page in a context of its own, so it gets a renderer process of its own: the kiosk's and
 * the floor's main-thread figures never mix. Portrait 1080×1920 with touch, as the kiosk stands.
 */
export async function probedPage(browser: Browser, watch: string[] = []): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  await context.addInitScript(installProbe, watch);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, close: () => context.close() };
}

/** The page's DevTools performance counters: TaskDuration and ScriptDuration (s), RecalcStyleCount... */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** Slows the page's main thread `rate` times, as a cheap laptop would be (1 turns it off). */
export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Taps the centre of the first visible `selector` holding `text`, waiting a few frames for it to appear. */
export async function tapOn(page: Page, selector: string, text?: string): Promise<void> {
  const centre = await page.evaluate(
    async ([css, words]) => {
      for (let frame = 0; frame < 120; frame++) {
        const found = window.benchProbe.centre(css, words);
        if (found) return found;
        await window.benchProbe.nextPaint();
      }
      return null;
    },
    [selector, text] as const,
  );
  if (!centre) throw new Error(`The bench found no ${selector} "${text ?? ''}" to tap on ${page.url()}`);
  await page.touchscreen.tap(centre.x, centre.y);
}

/** Taps as `tapOn` does, and answers the tap's latency as the page measured it (ms). */
export async function timedTap(page: Page, selector: string, text?: string): Promise<number> {
  await page.evaluate(() => window.benchProbe.armTap());
  await tapOn(page, selector, text);
  return page.evaluate(() => window.benchProbe.tapped());
}
