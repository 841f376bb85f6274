import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLaunchPage } from '../../main/host/launch-page';
import { expect, test } from './fixtures';

test('the token leaves the address bar and the history once the page has it, and a reload still works', async ({
  page,
  host,
  press,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
  expect(page.url()).toBe(`${host.origin}/`);
  // The entry in the history was replaced: back and forward again, the address has no token.
  await page.goBack();
  await page.goForward();
  expect(page.url()).toBe(`${host.origin}/`);

  await page.reload();
  await press(page.getByRole('button', { name: 'Tap to start' }));
  await expect(page.getByRole('button', { name: 'Who is AFSCME?' })).toBeVisible();
  expect(page.url()).not.toContain(host.token);
});

test("--open's launch page takes Chromium to the kiosk without the token in any address", async ({
  page,
  host,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-launch-'));
  try {
    await page.goto(writeLaunchPage(dataDir, host.url));
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    expect(page.url()).toBe(`${host.origin}/`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
