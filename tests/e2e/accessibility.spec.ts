import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const [language, start, question] of [
  ['English', 'Tap to start', 'Who is AFSCME?'],
  ['Español', 'Toca para empezar', '¿Quién es AFSCME?'],
] as const) {
  test(`every visitor screen passes the WCAG 2.2 AA checks in ${language}`, async ({ page, host, press }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(host.url);
    await press(page.getByRole('button', { name: language }));
    expect(await violations(page), 'attract screen').toEqual([]);
    await press(page.getByRole('button', { name: start }));
    expect(await violations(page), 'question list').toEqual([]);
    await press(page.getByRole('button', { name: question }));
    expect(await violations(page), 'answer').toEqual([]);
  });
}
