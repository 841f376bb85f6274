import type { Locator, Page } from '@playwright/test';

/** A tap at a point of the screen: a finger on a touch screen, a click elsewhere. */
export async function tapAt(page: Page, hasTouch: boolean, x: number, y: number): Promise<void> {
  if (hasTouch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Two taps on the middle of `target` as fast as a hand makes them. */
export async function doubleTap(page: Page, hasTouch: boolean, target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await tapAt(page, hasTouch, x, y);
  await tapAt(page, hasTouch, x, y);
}

/**
 * A finger (or, without a touch screen, the mouse) drawn sideways across `target`, from 80% of its
 * width to 20% for `left`, the other way for `right`.
 */
export async function swipe(page: Page, hasTouch: boolean, target: Locator, direction: 'left' | 'right') {
  const box = (await target.boundingBox())!;
  const y = box.y + Math.min(box.height / 2, 300);
  const [from, to] = direction === 'left' ? [0.8, 0.2] : [0.2, 0.8];
  const points = Array.from(
    { length: 6 },
    (_, step) => box.x + box.width * (from + ((to - from) * step) / 5),
  );
  if (!hasTouch) {
    await page.mouse.move(points[0]!, y);
    await page.mouse.down();
    for (const x of points.slice(1)) await page.mouse.move(x, y);
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: points[0]!, y }] });
  for (const x of points.slice(1))
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  // The finger rests a moment before it lifts: a flick would leave a fling running, and the
  // browser lets the next tap only stop the fling, not press anything.
  await page.waitForTimeout(150);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: points.at(-1)!, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
