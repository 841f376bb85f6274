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

for (const words of [
  {
    language: 'English',
    join: 'Join the campaign',
    submit: 'Sign me up',
    firstName: 'First name',
    email: 'Email',
    thanks: 'Thank you! An organizer will be in touch soon.',
  },
  {
    language: 'Español',
    join: 'Únete a la campaña',
    submit: 'Inscríbeme',
    firstName: 'Nombre',
    email: 'Correo electrónico',
    thanks: '¡Gracias! Un organizador se comunicará contigo pronto.',
  },
]) {
  test(`the signup form, its errors and the thank-you screen pass the WCAG 2.2 AA checks in ${words.language}`, async ({
    page,
    host,
    press,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(host.url);
    await press(page.getByRole('button', { name: words.language }));
    await press(page.getByRole('button', { name: words.join }));
    await expect(page.getByRole('textbox', { name: words.firstName })).toBeVisible();
    expect(await violations(page), 'empty form').toEqual([]);

    await press(page.getByRole('button', { name: words.submit }));
    await expect(page.getByRole('textbox', { name: words.firstName })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await violations(page), 'form with errors').toEqual([]);

    await page.getByRole('textbox', { name: words.firstName }).fill('Ana');
    await page.getByRole('textbox', { name: words.email, exact: true }).fill('ana@example.org');
    await press(page.getByRole('button', { name: words.submit }));
    await expect(page.getByRole('heading', { name: words.thanks })).toBeVisible();
    expect(await violations(page), 'thank-you screen').toEqual([]);
  });
}
