import { expect, test } from './fixtures';

test.beforeEach(async ({ page, host, press }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Join the campaign' }));
  await expect(page.getByRole('heading', { name: 'Stay in touch with United We Heal' })).toBeVisible();
});

test('the on-screen keyboard comes up under each field, never over it', async ({ page, press }) => {
  const keyboard = page.getByRole('group', { name: 'Keyboard' });
  for (const name of ['First name', 'Last name', 'Email', 'Mobile phone', 'Where you work', 'ZIP code']) {
    const field = page.getByRole('textbox', { name, exact: true });
    await press(field);
    await expect(keyboard).toBeVisible();
    await expect(async () => {
      const box = (await field.boundingBox())!;
      const keys = (await keyboard.boundingBox())!;
      const bar = (await page.getByRole('navigation').boundingBox())!;
      expect(box.y + box.height, `${name} above the keyboard`).toBeLessThanOrEqual(keys.y);
      expect(box.y, `${name} below the top bar`).toBeGreaterThanOrEqual(bar.y + bar.height);
    }).toPass({ timeout: 3000 });
  }
});

test('letters with the Spanish accents, an email layout and a number pad; a hardware keyboard still types', async ({
  page,
  press,
}) => {
  const keyboard = page.getByRole('group', { name: 'Keyboard' });
  const key = (name: string) => keyboard.getByRole('button', { name, exact: true });

  await press(page.getByRole('textbox', { name: 'First name' }));
  for (const name of ['N', 'o', 'ñ', 'o']) await press(key(name));
  await expect(page.getByRole('textbox', { name: 'First name' })).toHaveValue('Noño');
  for (const accent of ['á', 'é', 'í', 'ó', 'ú', 'ü']) await expect(key(accent)).toBeVisible();
  await press(key('Shift'));
  await expect(key('Á')).toBeVisible();

  await press(page.getByRole('textbox', { name: 'Email', exact: true }));
  for (const name of ['n', 'o', '@gmail.com']) await press(key(name));
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('no@gmail.com');
  await expect(key('.com')).toBeVisible();

  await press(page.getByRole('textbox', { name: 'ZIP code' }));
  await expect(key('q')).toHaveCount(0);
  for (const name of ['6', '0', '6', '0', '1']) await press(key(name));
  await expect(page.getByRole('textbox', { name: 'ZIP code' })).toHaveValue('60601');

  // A hardware keyboard types into the field the visitor is in, the on-screen one still up.
  await press(page.getByRole('textbox', { name: 'Last name' }));
  await page.keyboard.type('Ruíz');
  await expect(page.getByRole('textbox', { name: 'Last name' })).toHaveValue('Ruíz');
  await expect(page.getByRole('textbox', { name: 'Last name' })).toBeFocused();

  await press(key('Done'));
  await expect(keyboard).toHaveCount(0);
});
