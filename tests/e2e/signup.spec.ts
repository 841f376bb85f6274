import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SignupRecord } from '../../main/signups/types';
import { DEFAULT_CONTENT } from '../support/content-fixture';
import { expect, startHost, test } from './fixtures';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Saves what the visitor sees to docs/screenshots/, one file per orientation. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const orientation = testInfo.project.name.includes('portrait') ? 'portrait' : 'landscape';
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${orientation}.png`), animations: 'disabled' });
}

/** The records in a data folder's journal, oldest first. */
async function records(dataDir: string): Promise<SignupRecord[]> {
  const text = await readFile(join(dataDir, 'signups.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SignupRecord);
}

/** The exact wording of the consent box whose label starts with `start`, as the page shows it. */
async function consentText(page: Page, start: string) {
  const label = page.locator('label.consent').filter({ hasText: start });
  return (await label.textContent()) ?? '';
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a visitor signs up in English and another in Spanish: one record each, as typed and as ticked', async ({
  page,
  press,
}, testInfo) => {
  const host = await startHost(DEFAULT_CONTENT);
  try {
    await page.goto(host.url);
    // "Join the campaign" on the attract loop opens the form itself, not the questions.
    await press(page.getByRole('button', { name: 'Join the campaign' }));
    await expect(page.getByRole('heading', { name: 'Stay in touch with United We Heal' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your questions, answered' })).toHaveCount(0);
    await screenshot(page, testInfo, 'signup');

    await page.getByRole('textbox', { name: 'First name' }).fill('María');
    await page.getByRole('textbox', { name: 'Last name' }).fill('López');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('Maria.Lopez@Example.ORG');
    await page.getByRole('textbox', { name: 'Mobile phone' }).fill('(202) 555-0143');
    await page.getByRole('textbox', { name: 'Where you work' }).fill('Riverside Clinic');
    await press(page.getByRole('radio', { name: 'Case manager' }));
    await page.getByRole('textbox', { name: 'ZIP code' }).fill('60601');
    const emailConsent = await consentText(page, 'Email me');
    const smsConsent = await consentText(page, 'Text me');
    await press(page.getByRole('checkbox', { name: emailConsent }));
    await press(page.getByRole('button', { name: 'Sign me up' }));

    await expect(
      page.getByRole('heading', { name: 'Thank you! An organizer will be in touch soon.' }),
    ).toBeVisible();
    await screenshot(page, testInfo, 'thank-you');
    // Back to the attract loop by itself, and the next visitor finds an empty form.
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible({ timeout: 15_000 });
    await press(page.getByRole('button', { name: 'Join the campaign' }));
    for (const field of await page.locator('form input:not([type=radio]):not([type=checkbox])').all()) {
      await expect(field).toHaveValue('');
    }
    for (const box of await page.locator('form input[type=radio], form input[type=checkbox]').all()) {
      await expect(box).not.toBeChecked();
    }

    await press(page.getByRole('button', { name: 'Español' }));
    await expect(
      page.getByRole('heading', { name: 'Mantente en contacto con United We Heal' }),
    ).toBeVisible();
    await page.getByRole('textbox', { name: 'Nombre' }).fill('José');
    await page.getByRole('textbox', { name: 'Teléfono celular' }).fill('312 555 0199');
    await press(page.getByRole('radio', { name: 'Especialista de apoyo entre pares' }));
    const emailConsentEs = await consentText(page, 'Envíenme correos');
    const smsConsentEs = await consentText(page, 'Envíenme mensajes');
    await press(page.getByRole('checkbox', { name: smsConsentEs }));
    await press(page.getByRole('button', { name: 'Inscríbeme' }));
    await expect(
      page.getByRole('heading', { name: '¡Gracias! Un organizador se comunicará contigo pronto.' }),
    ).toBeVisible();
    await press(page.getByRole('button', { name: 'Inicio' }));
    await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();

    const [english, spanish, ...more] = await records(host.dataDir);
    expect(more).toEqual([]);
    expect(english).toMatchObject({
      v: 1,
      lang: 'en',
      fields: {
        firstName: 'María',
        lastName: 'López',
        email: 'Maria.Lopez@example.org',
        phone: '+12025550143',
        workplace: 'Riverside Clinic',
        role: 'Case manager',
        zip: '60601',
      },
      consent: { email: { given: true, text: emailConsent }, sms: { given: false, text: smsConsent } },
    });
    expect(spanish).toMatchObject({
      lang: 'es',
      // The role is kept as the default language words it, so an export reads in one language.
      fields: { firstName: 'José', phone: '+13125550199', role: 'Peer specialist' },
      consent: { email: { given: false, text: emailConsentEs }, sms: { given: true, text: smsConsentEs } },
    });
    expect(Object.keys(spanish!.fields).sort()).toEqual(['firstName', 'phone', 'role']);
  } finally {
    await host.stop();
  }
});

test('an email without an @ gets a friendly message in the visitor’s language, and nothing is saved', async ({
  page,
  press,
}, testInfo) => {
  const host = await startHost(DEFAULT_CONTENT);
  try {
    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Join the campaign' }));
    // Leaving the field is enough to hear about it.
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('maria.example.org');
    await press(page.getByRole('textbox', { name: 'Mobile phone' }));
    await expect(page.getByText('Please check the email address: it needs an @')).toBeVisible();
    await expect(page.getByText('Please fill in First name.')).toHaveCount(0);
    await press(page.getByRole('button', { name: 'Sign me up' }));
    await expect(page.getByText('Please fill in First name.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'First name' })).toBeFocused();
    await screenshot(page, testInfo, 'signup-errors');

    await press(page.getByRole('button', { name: 'Español' }));
    const email = page.getByRole('textbox', { name: 'Correo electrónico' });
    await expect(email).toHaveValue('maria.example.org');
    await expect(page.getByText('Revisa el correo electrónico: le falta la @')).toBeVisible();
    await page.getByRole('textbox', { name: 'Nombre' }).fill('Ana');
    await press(page.getByRole('button', { name: 'Inscríbeme' }));
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: /Gracias/ })).toHaveCount(0);
    expect(await records(host.dataDir)).toEqual([]);
  } finally {
    await host.stop();
  }
});

test('a full data disk keeps the visitor’s details on the form, and the retry after freeing space saves them once', async ({
  page,
  press,
}, testInfo) => {
  const host = await startHost(DEFAULT_CONTENT);
  const dir = host.dataDir;
  let mounted = false;
  try {
    try {
      // A tiny file system over the data folder, filled up: the kiosk's next write there fails.
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'pipe' });
      mounted = true;
    } catch (error) {
      const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
      test.skip(true, `cannot mount a tmpfs over the data folder (needs root): ${reason}`);
    }
    const filler = join(dir, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(64 * 1024, 1));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    }

    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Join the campaign' }));
    await page.getByRole('textbox', { name: 'First name' }).fill('Dana');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('dana@example.org');
    await press(page.getByRole('checkbox', { name: /^Email me/ }));
    // The on-screen keyboard goes down once the press that left the field is over, and the form
    // grows back: a press sent before that could land where the button no longer is.
    await expect(page.getByRole('group', { name: 'Keyboard' })).toHaveCount(0);
    await press(page.getByRole('button', { name: 'Sign me up' }));

    const calm = page.locator('.not-saved[role=status]');
    await expect(calm).toHaveText('We could not save this. Please let a staff member know.');
    await expect(page.getByRole('textbox', { name: 'First name' })).toHaveValue('Dana');
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('dana@example.org');
    await expect(page.getByRole('checkbox', { name: /^Email me/ })).toBeChecked();
    await expect(page.getByRole('heading', { name: /Thank you/ })).toHaveCount(0);
    await screenshot(page, testInfo, 'signup-not-saved');
    expect(await records(dir)).toEqual([]);

    // Staff see that it happens on a discreet note; why (it names the data folder) only in staff mode.
    await expect(page.getByText(/Signups are not being saved/)).toBeVisible();
    await expect(page.getByText(/disk is full/i)).toHaveCount(0);

    rmSync(filler);
    await press(page.getByRole('button', { name: 'Sign me up' }));
    await expect(
      page.getByRole('heading', { name: 'Thank you! An organizer will be in touch soon.' }),
    ).toBeVisible();
    await expect(page.getByText(/Signups are not being saved/)).toHaveCount(0);
    const saved = await records(dir);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      fields: { firstName: 'Dana', email: 'dana@example.org' },
      consent: { email: { given: true }, sms: { given: false } },
    });
  } finally {
    // Lazily: the kiosk still holds the journal open on it until it stops.
    if (mounted) execFileSync('umount', ['-l', dir]);
    await host.stop();
  }
});

test('the form is sized for fingers and for reading from a step away', async ({ page, host, press }) => {
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Join the campaign' }));
  await expect(page.getByRole('heading', { name: 'Stay in touch with United We Heal' })).toBeVisible();
  const size = (selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        const font = parseFloat(getComputedStyle(element).fontSize);
        return { what: element.textContent || element.id, width: box.width, height: box.height, font };
      }),
    );
  for (const field of await size('form input:not([type=radio]):not([type=checkbox])')) {
    expect(field.height, field.what).toBeGreaterThanOrEqual(64);
    expect(field.font, field.what).toBeGreaterThanOrEqual(28);
  }
  // A choice or a consent box is pressed anywhere on its wording, not only on the box.
  for (const target of await size('label.choice, label.consent, .submit-button')) {
    expect(target.height, target.what).toBeGreaterThanOrEqual(64);
  }
  for (const box of await size('form input[type=checkbox]')) {
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
  for (const text of await size('.signup-intro, form label, form legend')) {
    expect(text.font, text.what).toBeGreaterThanOrEqual(24);
  }
});

test('one tap on the attract loop does one thing: "Join" opens the form, and presses nothing on it', async ({
  page,
  host,
  press,
}) => {
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Join the campaign' }));
  const title = page.getByRole('heading', { name: 'Stay in touch with United We Heal' });
  await expect(title).toBeFocused();
  await expect(page.locator('form input:checked')).toHaveCount(0);
  await expect(page.locator('.field-error')).toHaveCount(0);

  await press(page.getByRole('button', { name: 'Home' }));
  await press(page.getByRole('button', { name: 'Tap to start' }));
  await expect(page.getByRole('heading', { name: 'Your questions, answered' })).toBeFocused();
});
