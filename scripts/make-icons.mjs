// Draws the app icon from the campaign logo: `npm run icons` writes build/icon.png (1024×1024, on a
// transparent background), from which electron-builder makes each platform's icon (.ico, .icns, the
// Linux sizes). The PNG is committed, so packaging needs no browser; build/icon.source.txt records
// which logo it was drawn from, and the packaging check fails when the logo has changed since.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

const LOGO = 'content/media/logo.svg';
const SIZE = 1024;

const svg = await readFile(LOGO);
const executablePath = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium'].find(
  (path) => path && existsSync(path),
);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block;width:${SIZE}px;height:${SIZE}px}</style><img src="${src}">`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  await writeFile('build/icon.png', await page.screenshot({ omitBackground: true }));
} finally {
  await browser.close();
}
await writeFile('build/icon.source.txt', `${LOGO} sha256 ${sha256(svg)}\n`);
console.log(`build/icon.png drawn from ${LOGO} (${SIZE}×${SIZE}).`);

/** @param {Buffer} data */
function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}
