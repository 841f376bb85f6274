import type { Page } from '@playwright/test';
import { expect, startHost, test } from './fixtures';
import { PICTURE_SLIDE, pictureContent } from './picture-content';

// From a 720p screen to 4K, on its side or upright.
const SIZES = [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  [720, 1280],
  [1080, 1920],
  [2160, 3840],
] as const;

/** Every control's box, and the picture's, as the page lays them out. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
    const slide = document.querySelector('.slide.active')!;
    const image = slide.querySelector('img')!;
    const qr = slide.querySelector('.qr-card svg')!;
    return {
      // The buttons on show: the questions and answers are built too, hidden.
      controls: [...document.querySelectorAll('button')]
        .filter((button) => button.checkVisibility())
        .map((button) => ({
          name: button.textContent ?? '',
          ...box(button),
        })),
      picture: { ...box(image), natural: image.naturalWidth / image.naturalHeight },
      qr: box(qr),
      caption: parseFloat(getComputedStyle(slide.querySelector('.qr-caption')!).fontSize),
      words: box(slide.querySelector('.slide-words')!),
      texts: [...slide.querySelectorAll('.slide-words > *')].map(box),
      body: parseFloat(getComputedStyle(document.documentElement).fontSize),
    };
  });
}

test('a slide with a 1200×800 picture and a QR code keeps the picture’s shape and every control on screen, 720p to 4K', async ({
  page,
}) => {
  const content = await pictureContent();
  const host = await startHost(content.dir);
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: PICTURE_SLIDE.title })).toBeVisible();
    await expect(page.getByRole('img', { name: PICTURE_SLIDE.description })).toBeVisible();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await expect(async () => {
        const found = await measure(page);
        const where = `${width}×${height}`;
        expect(found.picture.natural, where).toBeCloseTo(1.5, 2);
        expect(
          found.picture.width / found.picture.height,
          `${where}: the picture keeps its shape`,
        ).toBeCloseTo(1.5, 1);
        for (const control of found.controls) {
          expect(control.left, `${where}: ${control.name}`).toBeGreaterThanOrEqual(0);
          expect(control.top, `${where}: ${control.name}`).toBeGreaterThanOrEqual(0);
          expect(control.right, `${where}: ${control.name}`).toBeLessThanOrEqual(width);
          expect(control.bottom, `${where}: ${control.name}`).toBeLessThanOrEqual(height);
        }
        // Long words shrink to fit rather than spill out of sight.
        for (const text of found.texts) {
          expect(text.top, `${where}: the words fit`).toBeGreaterThanOrEqual(found.words.top - 1);
          expect(text.bottom, `${where}: the words fit`).toBeLessThanOrEqual(found.words.bottom + 1);
        }
        // Scannable from a step away: at least 240 CSS px on a 1080-pixel screen, and never less.
        const least = Math.max(240, (240 / 1080) * Math.min(width, height) - 1);
        expect(Math.min(found.qr.width, found.qr.height), `${where}: QR code`).toBeGreaterThanOrEqual(least);
        expect(found.caption, `${where}: the caption reads at body size`).toBeGreaterThanOrEqual(found.body);
        // Picture and QR code stand beside the words in landscape.
        if (width > height) {
          const words = await page.locator('.slide.active .slide-words').boundingBox();
          expect(found.picture.left, `${where}: the picture beside the words`).toBeGreaterThanOrEqual(
            words!.x + words!.width - 1,
          );
        }
      }).toPass({ timeout: 5000 });
    }
  } finally {
    await host.stop();
    await content.remove();
  }
});

test('an answer’s QR code is a card of its own after the paragraph that asks for it', async ({
  page,
  press,
}) => {
  const content = await pictureContent();
  const host = await startHost(content.dir);
  try {
    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Tap to start' }));
    await press(page.getByRole('button', { name: 'What is your goal?' }));
    const item = page.getByRole('listitem').filter({ hasText: 'A strong and protected voice on the job' });
    // The sentence keeps its full stop; the card follows it, below, not inside the line.
    await expect(item.locator('p')).toHaveText('A strong and protected voice on the job: see our website.');
    const card = item.getByRole('figure');
    await expect(card).toContainText('unitedweheal.org/join');
    const sentence = (await item.locator('p').boundingBox())!;
    const code = (await card.locator('svg').boundingBox())!;
    expect(code.y).toBeGreaterThanOrEqual(sentence.y + sentence.height);
    expect(Math.min(code.width, code.height)).toBeGreaterThanOrEqual(240);
  } finally {
    await host.stop();
    await content.remove();
  }
});
