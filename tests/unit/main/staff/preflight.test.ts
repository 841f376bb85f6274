import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../../main/export/audit';
import { preflight, type PreflightInputs } from '../../../../main/staff/preflight';
import type { PreflightLine } from '../../../../main/staff/types';
import { tempDir } from './fixtures';

let data: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (data = await tempDir('kiosk-preflight-')));
afterEach(async () => {
  await chmod(data.dir, 0o700).catch(() => {});
  await data.remove();
});

const ready = (): PreflightInputs => ({
  dataDir: data.dir,
  contentFolder: '/kiosk/content',
  contentErrors: 0,
  contentLoaded: true,
  staff: { pinSet: true, problem: null },
  settings: { kioskId: 'table-1', event: 'Nurses Conference 2026' },
  now: new Date('2026-11-30T09:00:00Z'),
  builtAt: new Date('2026-11-29T12:00:00Z'),
});

const line = (lines: PreflightLine[], id: PreflightLine['id']) => lines.find((l) => l.id === id)!;

describe('the ready-for-the-doors checklist', () => {
  it('is all green for a ready kiosk, in the order staff read it', async () => {
    const lines = await preflight(ready());
    expect(lines.map((l) => l.id)).toEqual([
      'content',
      'pin',
      'settings',
      'data-folder',
      'free-space',
      'clock',
      'last-export',
    ]);
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(line(lines, 'last-export').detail).toBe('No export yet.');
    expect(line(lines, 'free-space').detail).toMatch(/free: room for about [\d,]+ signups\./);
  });

  it('turns the content line red with its error count, while the last good content stays up', async () => {
    const content = line(await preflight({ ...ready(), contentErrors: 2 }), 'content');
    expect(content).toMatchObject({ ok: false });
    expect(content.detail).toMatch(
      /^2 error\(s\) in \/kiosk\/content \(visitors still see the content from before/,
    );
  });

  it('turns the PIN line red without a PIN, or with a damaged settings file, saying what to do', async () => {
    const none = line(await preflight({ ...ready(), staff: { pinSet: false, problem: null } }), 'pin');
    expect(none).toMatchObject({
      ok: false,
      detail: expect.stringContaining('npm run staff-pin -- --data-dir'),
    });
    const damaged = line(
      await preflight({ ...ready(), staff: { pinSet: true, problem: 'settings.json is damaged.' } }),
      'pin',
    );
    expect(damaged).toMatchObject({ ok: false, detail: 'settings.json is damaged.' });
  });

  it('turns the settings line red when the kiosk id or the event is missing', async () => {
    const noEvent = line(
      await preflight({ ...ready(), settings: { kioskId: 'table-1', event: '' } }),
      'settings',
    );
    expect(noEvent).toMatchObject({ ok: false, detail: expect.stringMatching(/^No event name yet\./) });
  });

  it('turns the data folder line red when the folder is missing or cannot be written', async () => {
    const missing = line(await preflight({ ...ready(), dataDir: join(data.dir, 'nope') }), 'data-folder');
    expect(missing).toMatchObject({ ok: false, detail: expect.stringContaining('does not exist') });
    await writeFile(join(data.dir, 'a-file'), '');
    const notAFolder = line(
      await preflight({ ...ready(), dataDir: join(data.dir, 'a-file') }),
      'data-folder',
    );
    expect(notAFolder).toMatchObject({
      ok: false,
      detail: expect.stringContaining('could not write and flush'),
    });
    if (process.getuid?.() !== 0) {
      // root writes anywhere, so only another user can see a read-only folder refused
      await chmod(data.dir, 0o500);
      const locked = line(await preflight(ready()), 'data-folder');
      expect(locked).toMatchObject({ ok: false });
    }
  });

  it('turns the free-space line red when the disk cannot be asked', async () => {
    const unknown = line(await preflight({ ...ready(), dataDir: join(data.dir, 'nope') }), 'free-space');
    expect(unknown).toMatchObject({
      ok: false,
      detail: expect.stringContaining('cannot tell how much space'),
    });
  });

  it('turns the clock line red when it reads earlier than the build', async () => {
    const clock = line(await preflight({ ...ready(), now: new Date('2001-01-01T00:00:00Z') }), 'clock');
    expect(clock).toMatchObject({
      ok: false,
      detail: expect.stringContaining('before this kiosk was built'),
    });
  });

  it('names the last export', async () => {
    await mkdir(join(data.dir, 'exports'));
    await appendAudit(data.dir, {
      at: '2026-11-29T16:40:00.000-05:00',
      preset: 'action-network',
      since: 'everything',
      rows: 12,
      leftOut: 0,
      destination: '/media/kiosk/STICK/signups.csv',
      lastRecordId: null,
      lastSavedAt: null,
    });
    const last = line(await preflight(ready()), 'last-export');
    expect(last.detail).toMatch(
      /: 12 signup\(s\), Action Network, to \/media\/kiosk\/STICK\/signups\.csv\.$/,
    );
  });
});
