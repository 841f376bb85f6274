import type { Locator, Page, TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Saves what staff see to docs/screenshots/staff-<name>-<orientation>.png. */
export async function staffScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const orientation = testInfo.project.name.includes('portrait') ? 'portrait' : 'landscape';
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `staff-${name}-${orientation}.png`),
    animations: 'disabled',
  });
}

/** Taps the hidden top-left corner `times` times, as a finger (or a mouse) would, once the kiosk is up. */
export async function tapCorner(page: Page, hasTouch: boolean, times: number): Promise<void> {
  await expect(
    page.getByTestId('staff-corner').or(page.getByRole('dialog', { name: 'Staff mode' })),
  ).toBeAttached();
  for (let i = 0; i < times; i++) {
    if (hasTouch) await page.touchscreen.tap(20 + i, 20);
    else await page.mouse.click(20 + i, 20);
  }
}

/** Presses each digit of `pin` on the PIN pad, then OK. */
export async function enterPin(
  page: Page,
  press: (target: Locator) => Promise<void>,
  pin: string,
): Promise<void> {
  const pad = page.locator('.pin-keys');
  for (const digit of pin) await press(pad.getByRole('button', { name: digit, exact: true }));
  await press(pad.getByRole('button', { name: 'OK' }));
}

/** Opens the PIN pad with five corner taps and chooses `pin` (the first time), twice. */
export async function choosePin(
  page: Page,
  press: (target: Locator) => Promise<void>,
  hasTouch: boolean,
  pin: string,
): Promise<void> {
  await tapCorner(page, hasTouch, 5);
  await expect(page.getByRole('heading', { name: 'Choose a staff PIN' })).toBeVisible();
  await enterPin(page, press, pin);
  await expect(page.getByRole('heading', { name: 'Enter the same PIN again' })).toBeVisible();
  await enterPin(page, press, pin);
  await expect(page.getByRole('heading', { name: 'Ready for the doors?' })).toBeVisible();
}
