import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyDefaultContent, expect, startHost, test } from './fixtures';

const hostileAnswer = `
## Is this kiosk safe? {#is-this-safe}

<script>window.__pwned = 'script'; alert('script')</script>

A [tap here](javascript:alert('link') "qr") link and an [external site](https://example.org/ "qr").

<img src="x" onerror="window.__pwned = 'img'; alert('img')">

<iframe src="javascript:alert('iframe')"></iframe>

<div onclick="alert('click')" onmouseover="alert('hover')">Hover or tap me</div>

Text with an inline <b onmouseover="alert('inline')">tag</b> and <svg onload="alert('svg')"></svg> in it.
`;

test('script, javascript: links, onerror images, iframes and event handlers in content never run', async ({
  page,
  press,
}) => {
  const content = await copyDefaultContent();
  await appendFile(join(content.dir, 'faq.en.md'), hostileAnswer);
  const yaml = join(content.dir, 'kiosk.yaml');
  await writeFile(
    yaml,
    (await readFile(yaml, 'utf8')).replace(
      'en: We are United We Heal',
      `en: "<img src=x onerror=alert('yaml')>We are United We Heal"`,
    ),
  );
  const host = await startHost(content.dir);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  try {
    await page.goto(host.url);
    await expect(page.getByText("<img src=x onerror=alert('yaml')>We are United We Heal")).toBeVisible();
    await press(page.getByRole('button', { name: 'Tap to start' }));
    await press(page.getByRole('button', { name: 'Is this kiosk safe?' }));
    await expect(page.getByRole('heading', { name: 'Is this kiosk safe?' })).toBeVisible();
    await expect(page.getByRole('main').getByText('tap here')).toBeVisible();
    // Raw HTML blocks are dropped whole, with a warning for content:check.
    await expect(page.getByText('Hover or tap me')).toHaveCount(0);

    const found = await page.evaluate(() => ({
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      iframes: document.querySelectorAll('iframe, object, embed').length,
      links: document.querySelectorAll('a').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((element) =>
        Array.from(element.attributes).some((attribute) => attribute.name.startsWith('on')),
      ).length,
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    }));
    expect(found).toEqual({ inlineScripts: 0, iframes: 0, links: 0, handlers: 0, pwned: null });
    // The web address gets a QR code; the javascript: one does not.
    await expect(page.getByRole('img', { name: 'https://example.org/' })).toBeVisible();
    await expect(page.getByRole('img', { name: "javascript:alert('link')" })).toHaveCount(0);
    expect(dialogs).toEqual([]);
  } finally {
    await host.stop();
    await content.remove();
  }
});
