import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CONTENT } from '../support/content-fixture';
import { copyDefaultContent, expect, startHost, test } from './fixtures';
import { choosePin } from './staff-helpers';

test('a missing content folder shows a full-screen message naming it, until the folder is back', async ({
  page,
}, testInfo) => {
  const missing = testInfo.outputPath('content');
  const host = await startHost(missing);
  try {
    await page.goto(host.url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("The kiosk's content needs fixing");
    await expect(alert).toContainText(missing);

    await cp(DEFAULT_CONTENT, missing, { recursive: true });
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
  } finally {
    await host.stop();
    await rm(missing, { recursive: true, force: true });
  }
});

test('an edit to the FAQ reaches the screen without a restart, and a broken edit keeps the last good content', async ({
  page,
  press,
  hasTouch,
}) => {
  const content = await copyDefaultContent();
  const host = await startHost(content.dir);
  try {
    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Tap to start' }));
    await expect(page.getByRole('button', { name: 'Who is AFSCME?' })).toBeVisible();

    const faq = join(content.dir, 'faq.en.md');
    const original = await readFile(faq, 'utf8');
    await writeFile(
      faq,
      original.replace('## Who is AFSCME? {#who-is-afscme}', '## Who is AFSCME, really? {#who-is-afscme}'),
    );
    await expect(page.getByRole('button', { name: 'Who is AFSCME, really?' })).toBeVisible();

    await writeFile(join(content.dir, 'kiosk.yaml'), 'campaign: [broken');
    await expect(page.getByRole('status')).toHaveText('This kiosk needs a staff member');
    await expect(page.getByRole('button', { name: 'Who is AFSCME, really?' })).toBeVisible();

    // Visitors learn only that staff are needed; staff read what is wrong, and where, behind the PIN.
    await expect(page.getByRole('status').getByRole('button')).toHaveCount(0);
    await choosePin(page, press, hasTouch, '246810');
    await expect(page.locator('.check-line').filter({ hasText: 'The content loads' })).toContainText(
      'kiosk.yaml:1:',
    );
    await press(page.getByRole('button', { name: 'Lock and leave' }));
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } finally {
    await host.stop();
    await content.remove();
  }
});

test('deleting the content folder while the kiosk runs keeps the visitor screen', async ({ page, press }) => {
  const content = await copyDefaultContent();
  const host = await startHost(content.dir);
  try {
    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Tap to start' }));
    await rm(content.dir, { recursive: true, force: true });
    await expect(page.getByRole('status')).toHaveText('This kiosk needs a staff member');
    await expect(page.getByRole('button', { name: 'Who is AFSCME?' })).toBeVisible();
  } finally {
    await host.stop();
    await content.remove();
  }
});
