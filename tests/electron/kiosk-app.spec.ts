import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../main/electron-binary';

const binary = findElectronBinary(process.cwd());
const skipReason = binary.found
  ? ''
  : `Electron binary not available here: ${binary.reason}; run these tests where "npm start" works.`;
if (!binary.found) console.log(`[electron tests] skipped: ${skipReason}`);

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  if (!binary.found) return;
  app = await electron.launch({
    executablePath: binary.path,
    args: ['.'],
    env: { ...process.env, KIOSK_TEST: '1' },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
});

test('the kiosk window is visible, sandboxed, and has DevTools closed', async () => {
  test.skip(!binary.found, skipReason);
  const state = await app.evaluate(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    return {
      visible: win?.isVisible(),
      crashed: win?.webContents.isCrashed(),
      devTools: win?.webContents.isDevToolsOpened(),
    };
  });
  expect(state).toEqual({ visible: true, crashed: false, devTools: false });
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(
    await page.evaluate(() => Object.keys((globalThis as unknown as { kiosk: object }).kiosk).sort()),
  ).toEqual(['getContent', 'getInfo']);
});

test('a visitor taps from the attract screen to "Who is AFSCME?" and back home', async () => {
  test.skip(!binary.found, skipReason);
  await page.getByRole('button', { name: 'Tap to start' }).click();
  await page.getByRole('button', { name: 'Who is AFSCME?' }).click();
  await expect(page.getByRole('heading', { name: 'Who is AFSCME?' })).toBeVisible();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});

test('the window cannot navigate away from the kiosk', async () => {
  test.skip(!binary.found, skipReason);
  await page.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
  });
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/kiosk\//);
});
