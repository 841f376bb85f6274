import { expect, test } from './fixtures';

test('a visitor taps from the attract screen to "Who is AFSCME?" and back home', async ({
  page,
  host,
  press,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('main').getByText('United We Heal', { exact: true })).toBeVisible();
  await press(page.getByRole('button', { name: 'Tap to start' }));

  await expect(page.getByRole('heading', { name: 'Your questions, answered' })).toBeVisible();
  await expect(page.getByRole('list').getByRole('button')).toHaveCount(10);
  await press(page.getByRole('button', { name: 'Who is AFSCME?' }));

  await expect(page.getByRole('heading', { name: 'Who is AFSCME?' })).toBeVisible();
  await expect(
    page.getByText('AFSCME is the American Federation of State, County and Municipal Employees'),
  ).toBeVisible();
  await press(page.getByRole('button', { name: 'Back' }));
  await expect(page.getByRole('heading', { name: 'Your questions, answered' })).toBeVisible();

  await press(page.getByRole('button', { name: 'Home' }));
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible();
});

test('an answer opened again, by this visitor or the next, starts at its top', async ({
  page,
  host,
  press,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 }); // the smallest screen, where answers scroll
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Tap to start' }));
  await press(page.getByRole('button', { name: 'Larger text' }));
  await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
  const answer = page.getByRole('main');
  await answer.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  expect(await answer.evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
  await press(page.getByRole('button', { name: 'Back' }));
  await expect(page.getByRole('heading', { name: 'Your questions, answered' })).toBeVisible();
  await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
  await expect(page.getByRole('heading', { name: 'Who is AFSCME?' })).toBeInViewport();
  expect(await page.getByRole('main').evaluate((element) => element.scrollTop)).toBe(0);
});

test('the goals answer shows the five national goals as a list', async ({ page, host, press }) => {
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Tap to start' }));
  await press(page.getByRole('button', { name: 'What is your goal?' }));
  const goals = page.getByRole('main').getByRole('listitem');
  await expect(goals).toHaveCount(5);
  await expect(goals.first()).toHaveText(/^Reasonable caseloads and staffing ratios/);
});

test('every control a visitor taps is at least 64 by 64 CSS pixels', async ({ page, host, press }) => {
  await page.goto(host.url);
  await press(page.getByRole('button', { name: 'Tap to start' }));
  await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box?.width, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(64);
    expect(box?.height, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(64);
  }
});
