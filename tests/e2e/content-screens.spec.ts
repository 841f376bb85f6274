import type { Page, TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyDefaultContent, expect, startHost, test } from './fixtures';
import { choosePin } from './staff-helpers';

// The two views staff meet when an edit to the content goes wrong, as the READMEs show them.
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Saves the screen to docs/screenshots/content-<name>-<orientation>.png. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const orientation = testInfo.project.name.includes('portrait') ? 'portrait' : 'landscape';
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `content-${name}-${orientation}.png`),
    animations: 'disabled',
  });
}

/** The same mistake in both views: the Spanish "Back" indented two spaces too far. */
async function overIndent(dir: string): Promise<{ line: number }> {
  const file = join(dir, 'kiosk.yaml');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const index = lines.indexOf('    es: Atrás');
  lines[index] = '      es: Atrás';
  await writeFile(file, lines.join('\n'));
  return { line: index + 1 };
}

test('with no good content, a full screen lists each problem with its place and what to change', async ({
  page,
}, testInfo) => {
  const content = await copyDefaultContent();
  const { line } = await overIndent(content.dir);
  const host = await startHost(content.dir);
  try {
    await page.goto(host.url);
    const screen = page.getByRole('alert');
    await expect(screen.getByRole('heading', { name: "The kiosk's content needs fixing" })).toBeVisible();
    await expect(screen).toContainText(`kiosk.yaml:${line}:7`);
    await expect(screen).toContainText('remove 2 spaces at the start of this line');
    // White page, dark red heading: what the READMEs describe.
    const heading = screen.getByRole('heading', { level: 1 });
    await expect(heading).toHaveCSS('color', 'rgb(139, 0, 0)');
    await screenshot(page, testInfo, 'error');
  } finally {
    await host.stop();
    await content.remove();
  }
});

test('a broken edit while the kiosk runs shows a small note; staff read the problems on the checklist', async ({
  page,
  press,
  hasTouch,
}, testInfo) => {
  const content = await copyDefaultContent();
  const host = await startHost(content.dir);
  try {
    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Tap to start' }));
    await expect(page.getByRole('button', { name: 'Who is AFSCME?' })).toBeVisible();

    const { line } = await overIndent(content.dir);
    const note = page.locator('.problems-badge');
    await expect(note).toHaveText('This kiosk needs a staff member');
    // Visitors keep the last good content, and are told nothing more.
    await expect(page.getByRole('button', { name: 'Who is AFSCME?' })).toBeVisible();
    await expect(page.getByText(`kiosk.yaml:${line}`)).toHaveCount(0);
    await screenshot(page, testInfo, 'note');

    await choosePin(page, press, hasTouch, '482913');
    const checklist = page.getByRole('dialog', { name: 'Staff mode' });
    await expect(checklist).toContainText(`kiosk.yaml:${line}:7`);
    await expect(checklist).toContainText('remove 2 spaces at the start of this line');
    await expect(checklist).toContainText(content.dir);
    await checklist.getByText(`kiosk.yaml:${line}:7`).scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'note-checklist');
  } finally {
    await host.stop();
    await content.remove();
  }
});
