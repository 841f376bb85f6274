import type { FrameLocator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyDefaultContent, expect, startHost, test } from './fixtures';

// The organizer's preview (`npm run serve -- --preview`): a page of its own, at a desk, not the
// kiosk's touch screen. One run is enough; the kiosk's two orientations are the frames inside it.
test.skip(({ hasTouch }) => hasTouch, 'the preview is a desk page: one run is enough');

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const FRAMES = [
  { title: 'The kiosk in portrait', width: 1080, height: 1920, portrait: true },
  { title: 'The kiosk in landscape', width: 1920, height: 1080, portrait: false },
];

const frame = (page: Page, title: string): FrameLocator => page.frameLocator(`iframe[title="${title}"]`);

/** Opens the preview as the organizer would, at a laptop's size. */
async function openPreview(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Kiosk preview' })).toBeVisible();
}

test('shows any question in any language, in portrait and landscape at their real sizes, and any slide', async ({
  page,
}) => {
  const content = await copyDefaultContent();
  const host = await startHost(content.dir, { preview: true });
  try {
    await openPreview(page, host.url);
    const panel = page.getByRole('navigation', { name: 'Screens' });
    await panel.getByRole('button', { name: 'Español' }).click();
    await panel.getByRole('button', { name: '¿Quién es AFSCME?' }).click();
    for (const { title, width, height, portrait } of FRAMES) {
      const kiosk = frame(page, title);
      await expect(kiosk.getByRole('heading', { level: 1, name: '¿Quién es AFSCME?' })).toBeVisible();
      await expect(kiosk.locator('html')).toHaveAttribute('lang', 'es');
      // The frame is the screen's whole size, so the kiosk lays itself out as it would there.
      const size = await kiosk
        .locator('html')
        .evaluate(() => [innerWidth, innerHeight, matchMedia('(orientation: portrait)').matches]);
      expect(size).toEqual([width, height, portrait]);
    }
    // Drawn smaller, side by side, inside the window.
    const boxes = await Promise.all(
      FRAMES.map(({ title }) => page.locator(`iframe[title="${title}"]`).boundingBox()),
    );
    expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(boxes[1]!.x);
    expect(boxes[1]!.x + boxes[1]!.width).toBeLessThanOrEqual(1600);
    expect(boxes[0]!.y + boxes[0]!.height).toBeLessThanOrEqual(1000);

    await panel.getByRole('button', { name: /^Miembros de AFSCME respaldan/ }).click();
    for (const { title } of FRAMES) {
      const kiosk = frame(page, title);
      await expect(
        kiosk.getByRole('heading', { name: 'Miembros de AFSCME respaldan a United We Heal' }),
      ).toBeVisible();
      await expect(kiosk.locator('.progress li').nth(1)).toHaveClass('active');
    }

    // An edit shows in the list and in the frames by itself, as on the kiosk.
    const yaml = join(content.dir, 'kiosk.yaml');
    const original = await readFile(yaml, 'utf8');
    await writeFile(
      yaml,
      original.replace('es: Miembros de AFSCME respaldan', 'es: Miembros de AFSCME apoyan'),
    );
    await expect(panel.getByRole('button', { name: /^Miembros de AFSCME apoyan/ })).toBeVisible({
      timeout: 10_000,
    });
    for (const { title } of FRAMES)
      await expect(
        frame(page, title).getByRole('heading', { name: /^Miembros de AFSCME apoyan/ }),
      ).toBeVisible();

    // A broken edit: the panel says so plainly, with where; the kiosk keeps the content before it.
    await writeFile(yaml, original.replace('  slideSeconds: 8', '  slideSeconds: eight'));
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Your last change has problems', { timeout: 10_000 });
    await expect(alert).toContainText('kiosk.yaml:');
    await expect(alert).toContainText('idle.slideSeconds');
    await writeFile(yaml, original);
    await expect(alert).toBeHidden({ timeout: 10_000 });

    // The picture in the READMEs: an answer, in English, as an organizer first sees one.
    await panel.getByRole('button', { name: 'English' }).click();
    await panel.getByRole('button', { name: 'What is your goal?' }).click();
    for (const { title } of FRAMES)
      await expect(
        frame(page, title).getByRole('heading', { level: 1, name: 'What is your goal?' }),
      ).toBeVisible();
    // The kiosk moves focus to a new screen's title; in the preview, focus stays in the panel.
    await page.waitForTimeout(500);
    await expect(panel.getByRole('button', { name: 'What is your goal?' })).toBeFocused();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'preview.png'), animations: 'disabled' });
  } finally {
    await host.stop();
    await content.remove();
  }
});

test('says plainly when the content has problems, and the frames show them as the kiosk does', async ({
  page,
}) => {
  const content = await copyDefaultContent();
  const yaml = join(content.dir, 'kiosk.yaml');
  await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('  slideSeconds: 8', '  slideSeconds: 1'));
  const host = await startHost(content.dir, { preview: true });
  try {
    await openPreview(page, host.url);
    const panel = page.getByRole('navigation', { name: 'Screens' });
    await expect(panel.getByRole('alert')).toContainText('The content has problems');
    await expect(panel.getByRole('button', { name: 'English' })).toHaveCount(0);
    for (const { title } of FRAMES) {
      const kiosk = frame(page, title);
      await expect(kiosk.getByRole('heading', { name: "The kiosk's content needs fixing" })).toBeVisible();
      await expect(kiosk.getByRole('alert')).toContainText('idle.slideSeconds');
    }
  } finally {
    await host.stop();
    await content.remove();
  }
});

test('a kiosk without --preview ignores the preview in its address and has no preview page', async ({
  page,
  host,
  request,
}) => {
  await page.goto(
    `${host.origin}/index.html?preview&lang=es&screen=answer&question=who-is-afscme#token=${host.token}`,
  );
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
  // The kiosk asked the host, which said no: still the attract loop, in English, and it turns.
  await expect(page.locator('.slide.active .slide-title')).toHaveText(
    'AFSCME members stand behind United We Heal',
    {
      timeout: 12_000,
    },
  );
  await expect(page.getByRole('heading', { name: '¿Quién es AFSCME?' })).toHaveCount(0);

  const preview = await request.get(`${host.origin}/preview.html`);
  expect(preview.status()).toBe(404);
  const kiosk = await request.get(`${host.origin}/`);
  expect(kiosk.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(kiosk.headers()['content-security-policy']).not.toContain('frame-src');
});
