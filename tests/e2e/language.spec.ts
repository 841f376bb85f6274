import { expect, test } from './fixtures';

test('the Spanish toggle shows the kiosk in Spanish, and the next visitor gets English', async ({
  page,
  host,
  press,
}) => {
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Español' }));
  await expect(page.getByRole('button', { name: 'Toca para empezar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await press(page.getByRole('button', { name: 'Toca para empezar' }));

  await expect(page.getByRole('heading', { name: 'Respuestas a tus preguntas' })).toBeVisible();
  await press(page.getByRole('button', { name: '¿Quién es AFSCME?' }));
  await expect(page.getByRole('heading', { name: '¿Quién es AFSCME?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Atrás' })).toBeVisible();

  await press(page.getByRole('button', { name: 'Inicio' }));
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});
