import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { everyScreen } from './every-screen';
import { copyDefaultContent, expect, startHost, test } from './fixtures';
import { saveScreenshot, smallText, targetProblems, violations } from './screen-checks';

test('every visitor screen, the on-screen keyboard open included, passes WCAG 2.2 AA, has controls of 64 px at least 8 px apart and text of 24 px, and is saved for the README', async ({
  page,
  host,
  press,
}, testInfo) => {
  // Fifteen screens, each checked by axe and measured: more than the default 30 s on 2 busy cores.
  test.setTimeout(180_000);
  await everyScreen(page, host.url, press, async (name) => {
    expect(await violations(page), name).toEqual([]);
    expect(await targetProblems(page), name).toEqual([]);
    expect(await smallText(page), name).toEqual([]);
    await saveScreenshot(page, testInfo, name);
  });
});

// Their screenshots are content-screens.spec.ts's (content-note, content-error).
test('the screens for content with errors pass WCAG 2.2 AA', async ({ page }, testInfo) => {
  const content = await copyDefaultContent();
  const host = await startHost(content.dir);
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    // An edit with a mistake: the last good content stays up, with a note for staff.
    await writeFile(join(content.dir, 'kiosk.yaml'), 'campaign: [broken');
    await expect(page.getByRole('status')).toBeVisible();
    expect(await violations(page), 'content-problems note').toEqual([]);
    expect(await targetProblems(page), 'content-problems note').toEqual([]);
  } finally {
    await host.stop();
    await content.remove();
  }
  // No good content at all: the full-screen message for staff.
  const missing = testInfo.outputPath('content');
  const empty = await startHost(missing);
  try {
    await page.goto(empty.url);
    await expect(page.getByRole('alert')).toContainText("The kiosk's content needs fixing");
    expect(await violations(page), 'content-error screen').toEqual([]);
  } finally {
    await empty.stop();
  }
});

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
    expect(await targetProblems(page), 'thank-you screen').toEqual([]);
  });
}
