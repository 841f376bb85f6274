import type { Locator, Page } from '@playwright/test';
import { fakeSpeech } from './fake-speech';
import { expect } from './fixtures';

// The default content's timings.
const SLIDE_MS = 8000;
const BROWSE_MS = 45_000;

/**
 * Walks a visitor through every screen of the default content, the on-screen keyboard's three
 * layouts included, and calls `visit` with a name for each once it is on screen and settled.
 */
export async function everyScreen(
  page: Page,
  url: string,
  press: (target: Locator) => Promise<void>,
  visit: (name: string) => Promise<void>,
): Promise<void> {
  // A voice for English, as most laptops have: "Listen" shows on the answers.
  await page.addInitScript(fakeSpeech, [{ name: 'English', lang: 'en-US' }]);
  await page.clock.install();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  const heading = (name: string) => expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await heading('We are United We Heal');

  await visit('attract-1-text');
  await page.clock.fastForward(SLIDE_MS);
  await heading('AFSCME members stand behind United We Heal');
  await visit('attract-2-figure');
  await page.clock.fastForward(SLIDE_MS * 3);
  await heading('Get involved');
  await expect(page.getByRole('img', { name: /^Five behavioral health workers/ })).toBeVisible();
  await visit('attract-5-picture-qr');

  await press(page.getByRole('button', { name: 'Tap to start' }));
  await heading('Your questions, answered');
  await visit('questions');
  await press(page.getByRole('button', { name: 'What is your goal?' }));
  await heading('What is your goal?');
  await visit('answer');
  await press(page.getByRole('button', { name: 'Larger text' }));
  await expect(page.locator('html')).toHaveClass(/larger-text/);
  await visit('answer-larger-text');
  await press(page.getByRole('button', { name: 'Larger text' }));

  await page.clock.fastForward(BROWSE_MS + 1000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await visit('idle-warning');
  await press(page.getByRole('button', { name: "I'm still here" }));
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await press(page.getByRole('button', { name: 'Join the campaign' }));
  await heading('Stay in touch with United We Heal');
  const keyboard = page.getByRole('group', { name: 'Keyboard' });
  for (const [field, layout, keys] of [
    ['First name', 'letters', ['M', 'a', 'r', 'í', 'a']],
    ['Email', 'email', ['m', 'a', 'r', 'i', 'a', '@gmail.com']],
    ['Mobile phone', 'numbers', ['2', '0', '2', '5', '5', '5']],
  ] as const) {
    await press(page.getByRole('textbox', { name: field, exact: true }));
    await expect(keyboard).toBeVisible();
    for (const key of keys) await press(keyboard.getByRole('button', { name: key, exact: true }));
    await visit(`signup-keyboard-${layout}`);
  }
}
