import { fakeSpeech } from './fake-speech';
import { expect, test } from './fixtures';

test('"Listen" is not offered where the platform has no voice for the visitor’s language', async ({
  page,
  host,
  press,
}) => {
  await page.addInitScript(fakeSpeech, [{ name: 'Français', lang: 'fr-FR' }]);
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Tap to start' }));
  await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
  await expect(page.getByRole('heading', { name: 'Who is AFSCME?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
});

test('"Listen" reads the answer aloud in the visitor’s language where a voice exists', async ({
  page,
  host,
  press,
}) => {
  await page.addInitScript(fakeSpeech, [{ name: 'Español', lang: 'es-US' }]);
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Tap to start' }));
  await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
  // No English voice: no button in English.
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  await press(page.getByRole('button', { name: 'Español' }));
  await press(page.getByRole('button', { name: 'Escuchar' }));
  await expect(page.getByRole('button', { name: 'Dejar de leer' })).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toMatch(/^¿Quién es AFSCME\?\n\nAFSCME/);
});
