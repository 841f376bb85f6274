import { expect, test } from './fixtures';

test('the API refuses requests without the token and bad requests, and keeps serving', async ({
  request,
  host,
}) => {
  const call = (name: string, data: string, token?: string) =>
    request.post(`${host.origin}/api/${name}`, {
      data,
      headers: { 'content-type': 'application/json', ...(token ? { 'x-kiosk-token': token } : {}) },
    });

  expect((await call('getContent', '{}')).status()).toBe(403);
  expect((await call('noSuchCall', '{}')).status()).toBe(403);
  expect((await call('noSuchCall', '{}', host.token)).status()).toBe(404);
  expect((await call('getContent', '{not json', host.token)).status()).toBe(400);
  const bad = await call('getContent', '{"since":"soon"}', host.token);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'bad-input' } });

  const good = await call('getContent', '{}', host.token);
  expect(good.status()).toBe(200);
  expect(await good.json()).toMatchObject({ value: { content: { campaign: { name: 'United We Heal' } } } });
});

test('a page opened without the token says how to open it properly', async ({ page, host }) => {
  await page.goto(host.origin);
  await expect(page.getByRole('alert')).toContainText('Open the full address the kiosk host printed');
});
