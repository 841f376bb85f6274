import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { doubleTap, swipe, tapAt } from './gestures';

// The default content's waits: 45 quiet seconds browsing, 120 on the form, then a 20-second countdown.
const BROWSE_MS = 45_000;
const FORM_MS = 120_000;
const WARNING_MS = 20_000;
// A pause longer than a double tap, between two taps on the same spot.
const BETWEEN_TAPS_MS = 600;

/** What the store holds of the visitor, read through the page's test seam. */
const visitorState = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { kioskInspect: () => unknown }).kioskInspect() as {
        session: Record<string, unknown>;
        signup: Record<string, unknown>;
      },
  );

/**
 * The page's markup in two parts: the screens kept built while hidden (the questions and every
 * answer, the same for every visitor), attributes in a fixed order; and the rest of the page.
 */
const markup = (page: Page) =>
  page.evaluate(() => {
    const describe = (node: Node): string =>
      node instanceof Element
        ? `<${node.tagName} ${[...node.attributes]
            // Laid out unseen now and then, when the kiosk finds the time: no sign of a visitor.
            .filter((attribute) => attribute.name !== 'data-warming')
            .map((attribute) => `${attribute.name}="${attribute.value}"`)
            .sort()
            .join(' ')}>${[...node.childNodes].map(describe).join('')}</>`
        : (node.textContent ?? '');
    const page = document.documentElement.cloneNode(true) as HTMLElement;
    const kept = [...page.querySelectorAll('#root > .screen[hidden]')];
    for (const screen of kept) screen.remove();
    return { kept: kept.map(describe).join(''), rest: page.outerHTML };
  });

/** The questions and every answer, in both languages, built once the loop shows. */
async function keptScreensBuilt(page: Page) {
  await expect(page.locator('#root > .screen[hidden]')).toHaveCount(2);
  await expect(page.locator('main.answer')).toHaveCount(20);
}

/**
 * Nothing of the visitor is left: not on screen, not in the page, not in the store. The kept
 * screens are as they were before the visit (`before`, from `markup`): no answer on show, nothing
 * moved.
 */
async function expectFreshKiosk(page: Page, traces: string[], before: string) {
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).not.toHaveClass(/larger-text/);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const { kept, rest } = await markup(page);
  expect(kept).toBe(before);
  for (const trace of traces) expect(rest, trace).not.toContain(trace);
  const { session, signup } = await visitorState(page);
  expect(session).toMatchObject({ screen: { name: 'attract' }, lang: null, largerText: false });
  expect(signup).toMatchObject({ values: {}, choices: {}, consent: {}, left: [], tried: false });
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
}

test.beforeEach(async ({ page, host }) => {
  await page.clock.install();
  await page.goto(`${host.url}&inspect`);
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});

test('a visitor wakes the kiosk, browses, swipes, stays when asked, walks away, and leaves nothing behind', async ({
  page,
  press,
  hasTouch,
}) => {
  await keptScreensBuilt(page);
  const { kept } = await markup(page);
  // The tap that wakes the kiosk lands where the questions will be, and opens none of them.
  const { width, height } = page.viewportSize()!;
  await tapAt(page, hasTouch, width / 2, height / 2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your questions, answered');
  await page.clock.fastForward(BETWEEN_TAPS_MS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your questions, answered');

  await press(page.getByRole('button', { name: 'Larger text' }));
  await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is AFSCME?');
  await expect(page.getByText('6 of 10')).toBeVisible();

  // A double tap on "Next" moves one answer on, not two. The clock stands still meanwhile, so
  // the two taps are as close as a hand makes them however slowly the test machine runs.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await doubleTap(page, hasTouch, page.getByRole('button', { name: 'Next' }));
  await expect(page.getByText('7 of 10')).toBeVisible();
  await page.clock.resume();
  await page.clock.fastForward(BETWEEN_TAPS_MS);
  await expect(page.getByText('7 of 10')).toBeVisible();

  await swipe(page, hasTouch, page.getByRole('main'), 'left');
  await expect(page.getByText('8 of 10')).toBeVisible();
  await swipe(page, hasTouch, page.getByRole('main'), 'right');
  await expect(page.getByText('7 of 10')).toBeVisible();
  const answer = (await page.getByRole('main').locator('.answer-body p').first().textContent())!;

  // Quiet: asked whether still here, as often as it takes, with at least 20 seconds to answer.
  for (let time = 0; time < 2; time++) {
    await page.clock.fastForward(BROWSE_MS - 1000);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.clock.fastForward(2000);
    const warning = page.getByRole('alertdialog');
    await expect(warning).toContainText(/starts over in (19|20) seconds/);
    await press(page.getByRole('button', { name: "I'm still here" }));
    await expect(warning).toHaveCount(0);
    await expect(page.getByText('7 of 10')).toBeVisible();
  }
  // Scrolling the answer counts too.
  await page.clock.fastForward(BROWSE_MS - 5000);
  await page.getByRole('main').hover();
  await page.mouse.wheel(0, 200);
  await page.clock.fastForward(10_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await page.clock.fastForward(BROWSE_MS + 1000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(WARNING_MS);
  await expectFreshKiosk(page, [answer], kept);
});

test('a visitor typing on the on-screen keyboard past the idle limit keeps the form; walking away leaves nothing', async ({
  page,
  press,
}) => {
  await keptScreensBuilt(page);
  const { kept } = await markup(page);
  await press(page.getByRole('button', { name: 'Español' }));
  await press(page.getByRole('button', { name: 'Únete a la campaña' }));
  await press(page.getByRole('textbox', { name: 'Nombre' }));
  const keyboard = page.getByRole('group', { name: 'Teclado' });
  await expect(keyboard).toBeVisible();
  // Each key a minute after the last: longer than the form's limit all told, never quiet that long.
  // A name starts with a capital by itself.
  for (const key of ['Z', 'o', 'é']) {
    await press(keyboard.getByRole('button', { name: key, exact: true }));
    await page.clock.fastForward(FORM_MS / 2);
  }
  await expect(page.getByRole('textbox', { name: 'Nombre' })).toHaveValue('Zoé');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward(FORM_MS / 2 + 1000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(WARNING_MS);
  await expectFreshKiosk(page, ['Zoé'], kept);
});
