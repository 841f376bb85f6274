import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { callNames } from '../../main/api';
import { findElectronBinary } from '../../main/electron-binary';

const binary = findElectronBinary(process.cwd());
const skipReason = binary.found
  ? ''
  : `Electron binary not available here: ${binary.reason}; run these tests where "npm start" works.`;
if (!binary.found) console.log(`[electron tests] skipped: ${skipReason}`);

const ENTRY = 'app://kiosk/index.html';

let app: ElectronApplication;
let page: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  if (!binary.found) return;
  // The production window: full-screen kiosk, as at an event.
  app = await electron.launch({ executablePath: binary.path, args: ['.'] });
  page = await app.firstWindow();
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});

test.afterAll(async () => {
  if (!app || app.process().exitCode !== null || app.process().signalCode !== null) return;
  // The kiosk refuses app.quit() (Playwright's close) as it refuses Cmd+Q: end it the hard way
  // when a failed test left it running.
  await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
});

/** The kiosk window as main sees it. */
function windowState() {
  return app.evaluate(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    return {
      open: !!win && !win.isDestroyed(),
      visible: win?.isVisible(),
      fullScreen: win?.isFullScreen(),
      kiosk: win?.isKiosk(),
      zoom: win?.webContents.getZoomFactor(),
      url: win?.webContents.getURL(),
      crashed: win?.webContents.isCrashed(),
      devTools: win?.webContents.isDevToolsOpened(),
    };
  });
}

test('the kiosk window is visible, full-screen, sandboxed, and has DevTools closed', async () => {
  test.skip(!binary.found, skipReason);
  expect(await windowState()).toMatchObject({
    open: true,
    visible: true,
    fullScreen: true,
    kiosk: true,
    crashed: false,
    devTools: false,
  });
  expect(
    await page.evaluate(() => Object.keys((globalThis as unknown as { kiosk: object }).kiosk).sort()),
  ).toEqual([...callNames].sort());
});

test('the page has no Node: typeof require, process and module are undefined', async () => {
  test.skip(!binary.found, skipReason);
  expect(
    await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return [typeof scope.require, typeof scope.process, typeof scope.module];
    }),
  ).toEqual(['undefined', 'undefined', 'undefined']);
});

test('blocked shortcuts leave the window open, full-screen and at zoom 1', async () => {
  test.skip(!binary.found, skipReason);
  const command = process.platform === 'darwin' ? 'meta' : 'control';
  const shortcuts: { keyCode: string; modifiers: string[] }[] = [
    ...['R', 'W', 'Q', 'P', 'H', 'M', 'Plus', '=', '-', '0'].map((keyCode) => ({
      keyCode,
      modifiers: [command],
    })),
    { keyCode: 'I', modifiers: [command, 'shift'] },
    { keyCode: 'I', modifiers: [command, 'alt'] },
    { keyCode: 'F', modifiers: ['control', 'meta'] },
    { keyCode: 'F5', modifiers: [] },
    { keyCode: 'F11', modifiers: [] },
    { keyCode: 'F12', modifiers: [] },
    { keyCode: 'F4', modifiers: ['alt'] },
    { keyCode: 'Escape', modifiers: [] },
  ];
  // Through Electron's own input path (before-input-event sees these as it sees a keyboard's).
  await app.evaluate(({ BrowserWindow }, presses) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    for (const { keyCode, modifiers } of presses) {
      const mods = modifiers as ('control' | 'meta' | 'shift' | 'alt')[];
      contents.sendInputEvent({ type: 'keyDown', keyCode, modifiers: mods });
      contents.sendInputEvent({ type: 'keyUp', keyCode, modifiers: mods });
    }
  }, shortcuts);
  // And through Playwright's keyboard.
  const modifier = process.platform === 'darwin' ? 'Meta' : 'Control';
  for (const key of [
    `${modifier}+R`,
    `${modifier}+Shift+I`,
    `${modifier}+=`,
    `${modifier}+-`,
    'F5',
    'F11',
    'F12',
  ]) {
    await page.keyboard.press(key);
  }
  // A close from outside the page (a window manager's button, Alt+F4 handled by the OS) is refused too.
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await page.waitForTimeout(1_000);

  expect(await windowState()).toMatchObject({
    open: true,
    visible: true,
    fullScreen: true,
    zoom: 1,
    url: ENTRY,
  });
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});

test('window.open and location = leave the URL unchanged', async () => {
  test.skip(!binary.found, skipReason);
  const opened = await page.evaluate(() => {
    const scope = globalThis as unknown as { open: (url: string) => unknown; location: { href: string } };
    const popup = scope.open('https://example.org/');
    scope.location.href = 'https://example.org/';
    return popup === null;
  });
  expect(opened).toBe(true);
  await page.waitForTimeout(500);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(page.url()).toBe(ENTRY);
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});

test('a visitor taps from the attract screen to "Who is AFSCME?" and back home', async () => {
  test.skip(!binary.found, skipReason);
  await page.getByRole('button', { name: 'Tap to start' }).click();
  await page.getByRole('button', { name: 'Who is AFSCME?' }).click();
  await expect(page.getByRole('heading', { name: 'Who is AFSCME?' })).toBeVisible();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});

test('killing the renderer process brings the attract loop back', async () => {
  test.skip(!binary.found, skipReason);
  await page.getByRole('button', { name: 'Tap to start' }).click();
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeHidden();
  await app.evaluate(({ BrowserWindow }) => {
    process.kill(BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId(), 'SIGKILL');
  });
  // Read the page from main: Playwright's handle on the killed page does not survive the crash.
  await expect
    .poll(
      () =>
        app.evaluate(async ({ BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]!.webContents;
          if (contents.isCrashed() || contents.isLoading()) return '';
          return (await contents.executeJavaScript('document.body.innerText')) as string;
        }),
      { timeout: 15_000 },
    )
    .toContain('Tap to start');
  expect(await windowState()).toMatchObject({ open: true, fullScreen: true, crashed: false, url: ENTRY });
});

test('the quit chord closes the kiosk', async () => {
  test.skip(!binary.found, skipReason);
  const exited = new Promise((resolve) => app.process().once('exit', resolve));
  const modifiers = [process.platform === 'darwin' ? 'meta' : 'control', 'shift', 'alt'] as const;
  await app.evaluate(({ BrowserWindow }, mods) => {
    BrowserWindow.getAllWindows()[0]!.webContents.sendInputEvent({
      type: 'keyDown',
      keyCode: 'Q',
      modifiers: [...mods],
    });
  }, modifiers);
  await exited;
});
