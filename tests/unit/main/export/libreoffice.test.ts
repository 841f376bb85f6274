import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSignups } from '../../../../main/export/export-signups';
import { PRESET_NAMES, type PresetName } from '../../../../main/export/presets';
import { consent, dataDir, record } from './fixtures';

// LibreOffice Calc as a real client: each export opened the way a volunteer opens it (UTF-8,
// comma-separated; Calc runs a cell that starts like a formula), converted to HTML to read what
// each cell shows. Runs where `soffice` is installed (apt-get install libreoffice-calc).
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim() || null;
if (!soffice) console.log('LibreOffice tests skipped: no soffice here (apt-get install libreoffice-calc)');

let dir: string;
const shown = new Map<string, { rows: string[][]; numbers: string[] }>();

const decode = (html: string) =>
  html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** What Calc shows in each cell, row by row, and the cells it holds as numbers. */
async function readHtml(name: string) {
  const html = await readFile(join(dir, `${name}.html`), 'utf8');
  const cells = (text: string) =>
    [...text.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((td) => decode(td[1]!).trim());
  return {
    rows: [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) => cells(tr[1]!)),
    numbers: [...html.matchAll(/<td[^>]*sdval="[^"]*"[^>]*>([\s\S]*?)<\/td>/g)].map((td) => decode(td[1]!)),
  };
}

async function exportFile(preset: PresetName): Promise<string> {
  const people = [
    record(1, {
      fields: {
        firstName: 'José',
        lastName: 'Núñez-Öztürk 😀',
        email: 'jose@example.org',
        phone: '+12025550143',
        zip: '02134',
      },
      consent: { email: consent(true), sms: consent(true) },
    }),
    record(2, {
      event: '=1+1',
      fields: {
        firstName: '=1+1',
        lastName: '@SUM(1+1)',
        email: '=2+2@example.org',
        workplace: '-1+1',
        role: '+1+1',
      },
      consent: { email: consent(true), sms: consent(false) },
    }),
  ];
  const data = await dataDir(people);
  try {
    const options = {
      dataDir: data.dir,
      preset,
      since: 'everything',
      folder: dir,
      fileName: `${preset}.csv`,
    } as const;
    return (await exportSignups(options)).file;
  } finally {
    await data.remove();
  }
}

beforeAll(async () => {
  if (!soffice) return;
  dir = await mkdtemp(join(tmpdir(), 'kiosk-calc-'));
  const control = join(dir, 'control.csv');
  await writeFile(control, '\ufeffa,b\r\n=1+1,x\r\n');
  const files = [control, ...(await Promise.all(PRESET_NAMES.map(exportFile)))];
  const started = performance.now();
  // One Calc start for all files. 44: comma, 34: double quote, 76: UTF-8, 1: from line one.
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'html',
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  console.log(`LibreOffice converted ${files.length} files in ${Math.round(performance.now() - started)} ms`);
  for (const name of ['control', ...PRESET_NAMES]) shown.set(name, await readHtml(name));
}, 150_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!soffice)('LibreOffice Calc opens the exports', () => {
  it('runs an unguarded formula, so the checks below mean something', () => {
    expect(shown.get('control')?.rows[1]).toEqual(['2', 'x']);
  });

  it.each(PRESET_NAMES)('shows the %s export with accents intact and no formula run', async (preset) => {
    const { rows, numbers } = shown.get(preset)!;
    const cells = rows.flat();
    expect(cells).toContain('José');
    expect(cells.some((cell) => cell.startsWith('Núñez-Öztürk 😀'))).toBe(true);
    expect(cells).toContain("'=1+1");
    expect(cells).not.toContain('2');
    // Only the phone number and the ZIP code read as numbers, shown without their + and leading
    // zero; the file itself keeps both, and that file is what gets uploaded.
    expect(new Set(numbers)).toEqual(new Set(['12025550143', '2134']));
    const file = await readFile(join(dir, `${preset}.csv`), 'utf8');
    expect(file).toContain(',+12025550143,');
    expect(file).toContain(',02134,');
  });
});
