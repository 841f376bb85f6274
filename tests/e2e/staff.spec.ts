import { parse } from 'csv-parse/sync';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignupRecord } from '../../main/signups/types';
import { DEFAULT_CONTENT } from '../support/content-fixture';
import { expect, startHost, test } from './fixtures';
import { choosePin, enterPin, staffScreenshot, tapCorner } from './staff-helpers';

const PIN = '246810';

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a volunteer readies the kiosk, a visitor signs up, staff see the day and export for Action Network', async ({
  page,
  press,
  hasTouch,
}, testInfo) => {
  const host = await startHost(DEFAULT_CONTENT);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();

    // First time: five taps in the corner, choose a PIN, enter it again.
    await tapCorner(page, hasTouch, 5);
    await expect(page.getByRole('heading', { name: 'Choose a staff PIN' })).toBeVisible();
    await staffScreenshot(page, testInfo, 'pin');
    await enterPin(page, press, PIN);
    await enterPin(page, press, PIN);

    // The checklist comes first: the PIN is set, the kiosk's settings are not yet.
    await expect(page.getByRole('heading', { name: 'Ready for the doors?' })).toBeVisible();
    const line = (title: string) => page.locator('.check-line').filter({ hasText: title });
    await expect(line('A staff PIN is set')).toHaveClass(/ok/);
    await expect(line('Kiosk id and event name are set')).toHaveClass(/fix/);
    await expect(line('The data folder is writable')).toHaveClass(/ok/);
    await staffScreenshot(page, testInfo, 'checklist');

    await press(page.getByRole('button', { name: 'Go to the dashboard' }));
    await page.getByRole('textbox', { name: /Kiosk id/ }).fill('table-1');
    await page.getByRole('textbox', { name: /Event name/ }).fill('Nurses Conference 2026');
    await press(page.getByRole('button', { name: 'Save' }));
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await press(page.getByRole('button', { name: 'Checklist' }));
    await expect(page.getByText('Everything is ready.')).toBeVisible();
    await press(page.getByRole('button', { name: 'Lock and leave' }));

    // A visitor reads an answer, then signs up.
    await press(page.getByRole('button', { name: 'Tap to start' }));
    await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
    await press(page.getByRole('button', { name: 'Join the campaign' }).first());
    await expect(page.getByRole('heading', { name: 'Stay in touch with United We Heal' })).toBeVisible();
    // A person's next tap comes later than the kiosk's double-tap guard (400 ms after a new screen).
    await page.waitForTimeout(500);
    // Ticked before typing, and sent with Enter: the visitor screens are not what this test is about.
    await press(page.getByRole('checkbox', { name: /^Email me/ }));
    await expect(page.getByRole('checkbox', { name: /^Email me/ })).toBeChecked();
    await page.getByRole('textbox', { name: 'First name' }).fill('María');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('maria@example.org');
    await page.getByRole('textbox', { name: 'Email', exact: true }).press('Enter');
    await expect(page.getByRole('heading', { name: /Thank you/ })).toBeVisible();
    const [record] = (await readFile(join(host.dataDir, 'signups.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as SignupRecord);
    expect(record).toMatchObject({ kioskId: 'table-1', event: 'Nurses Conference 2026' });

    // Staff, at a keyboard this time: the count and the question read.
    await page.keyboard.press('Control+Shift+K');
    await expect(page.getByRole('heading', { name: 'Enter the staff PIN' })).toBeVisible();
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await press(page.getByRole('button', { name: 'Dashboard', exact: true }));
    await expect(page.locator('.staff-number').first()).toHaveText(/^1\s*signups today/);
    await expect(page.locator('.top-questions')).toContainText('Who is AFSCME?');
    await expect(page.getByText('Today: 1 of 1 visitor who read an answer signed up (100%).')).toBeVisible();
    await staffScreenshot(page, testInfo, 'dashboard');

    // Export for Action Network into the data folder's exports/.
    await press(page.getByRole('button', { name: 'Export', exact: true }));
    await press(page.getByText("This kiosk's data folder"));
    await press(page.locator('.staff-actions').getByRole('button', { name: 'Export', exact: true }));
    await expect(page.getByText('Done: 1 row saved.')).toBeVisible();
    await staffScreenshot(page, testInfo, 'export');
    const exports = join(host.dataDir, 'exports');
    const [file] = await readdir(exports);
    expect(file).toMatch(/^signups-action-network-.*\.csv$/);
    const rows = parse<Record<string, string>>(await readFile(join(exports, file!)), {
      bom: true,
      columns: true,
    });
    expect(rows).toEqual([
      expect.objectContaining({
        first_name: 'María',
        email: 'maria@example.org',
        signup_event: 'Nurses Conference 2026',
      }),
    ]);
  } finally {
    await host.stop();
  }
});

test('the PIN survives a restart, and five wrong PINs lock the pad, across a restart too', async ({
  page,
  press,
  hasTouch,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-staff-'));
  try {
    let host = await startHost(DEFAULT_CONTENT, { dataDir });
    await page.goto(host.url);
    await choosePin(page, press, hasTouch, PIN);
    await press(page.getByRole('button', { name: 'Lock and leave' }));
    await host.stop();

    host = await startHost(DEFAULT_CONTENT, { dataDir });
    await page.goto(host.url);
    await tapCorner(page, hasTouch, 5);
    await expect(page.getByRole('heading', { name: 'Enter the staff PIN' })).toBeVisible();
    for (let i = 1; i <= 4; i++) {
      await enterPin(page, press, '111111');
      await expect(page.getByRole('alert')).toContainText(`${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left`);
    }
    await enterPin(page, press, '111111');
    await expect(page.getByRole('alert')).toContainText(
      'Too many wrong PINs. The pad takes a PIN again in 1:00',
    );
    await expect(page.getByRole('button', { name: '5', exact: true })).toBeDisabled();
    await host.stop();

    // Restarting the kiosk does not clear the lock.
    host = await startHost(DEFAULT_CONTENT, { dataDir });
    await page.goto(host.url);
    await expect(page.getByTestId('staff-corner')).toBeAttached();
    await page.keyboard.press('Control+Shift+K');
    await expect(page.getByRole('alert')).toContainText(
      'Too many wrong PINs. The pad takes a PIN again in 0:',
    );
    await expect(page.getByRole('button', { name: '5', exact: true })).toBeDisabled();
    await host.stop();

    // Only the hash is on disk, never the PIN.
    const settings = await readFile(join(dataDir, 'settings.json'), 'utf8');
    expect(settings).not.toContain(PIN);
    expect(JSON.parse(settings)).toMatchObject({ pin: { algorithm: 'scrypt' }, lockout: { failures: 5 } });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('four corner taps do nothing, and the corner presses nothing beneath it', async ({ page, hasTouch }) => {
  const host = await startHost(DEFAULT_CONTENT);
  try {
    await page.goto(host.url);
    // The attract loop starts the visit at a tap anywhere, but not at a tap on the corner.
    await tapCorner(page, hasTouch, 4);
    await page.waitForTimeout(3200);
    await tapCorner(page, hasTouch, 1);
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Staff mode' })).toHaveCount(0);
    await tapCorner(page, hasTouch, 5);
    await expect(page.getByRole('dialog', { name: 'Staff mode' })).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('"quit kiosk" stops the browser host', async ({ page, press, hasTouch }) => {
  const host = await startHost(DEFAULT_CONTENT);
  try {
    await page.goto(host.url);
    await choosePin(page, press, hasTouch, PIN);
    await press(page.getByRole('button', { name: 'Go to the dashboard' }));
    const exited = new Promise<number | null>((resolve) => host.process.once('exit', resolve));
    await press(page.getByRole('button', { name: 'Quit kiosk' }));
    await press(page.getByRole('button', { name: 'Yes, quit the kiosk' }));
    await expect(page.getByText('The kiosk is closing…')).toBeVisible();
    expect(await exited).toBe(0);
  } finally {
    await host.stop();
  }
});
