import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plaintextFound } from '../support/plaintext-search';
import { copyDefaultContent, expect, startHost, test } from './fixtures';

// The organizer's story: a key made at home, its public key in kiosk.yaml, a visitor signs up at
// the table, and the laptop's data folder holds nothing a thief could read.
test('a visitor signs up on a sealed kiosk: the data folder holds no readable name, email or phone', async ({
  page,
  press,
}) => {
  const home = mkdtempSync(join(tmpdir(), 'kiosk-organizer-'));
  const identity = join(home, 'organizer-key.txt');
  execFileSync('age-keygen', ['-o', identity], { stdio: 'pipe' });
  const recipient = execFileSync('age-keygen', ['-y', identity], { encoding: 'utf8' }).trim();
  const content = await copyDefaultContent();
  const kioskYaml = join(content.dir, 'kiosk.yaml');
  const yaml = await readFile(kioskYaml, 'utf8');
  await writeFile(
    kioskYaml,
    yaml.replace('  phoneRegion: US\n', `  phoneRegion: US\n  sealTo:\n    - ${recipient}\n`),
  );
  const host = await startHost(content.dir);
  try {
    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Join the campaign' }));
    await page.getByRole('textbox', { name: 'First name' }).fill('Quetzalli');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Featherstonehaugh');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('quetzalli.f@example.org');
    await page.getByRole('textbox', { name: 'Mobile phone' }).fill('(202) 555-0143');
    await press(page.getByRole('button', { name: 'Sign me up' }));
    await expect(
      page.getByRole('heading', { name: 'Thank you! An organizer will be in touch soon.' }),
    ).toBeVisible();

    const secrets = [
      'Quetzalli',
      'Featherstonehaugh',
      'quetzalli.f@example.org',
      '+12025550143',
      '2025550143',
    ];
    expect(await plaintextFound(host.dataDir, secrets)).toEqual([]);
    // ...and the organizer, with the identity, reads it all back with the reference tool.
    const [line, ...more] = (await readFile(join(host.dataDir, 'signups.jsonl'), 'utf8')).trim().split('\n');
    expect(more).toEqual([]);
    const sealed = (JSON.parse(line!) as { sealed: string }).sealed;
    const opened = JSON.parse(
      execFileSync('age', ['-d', '-i', identity], { input: sealed, encoding: 'utf8' }),
    ) as { fields: Record<string, string> };
    expect(opened.fields).toMatchObject({ firstName: 'Quetzalli', phone: '+12025550143' });
  } finally {
    await host.stop();
    await content.remove();
    rmSync(home, { recursive: true, force: true });
  }
});
