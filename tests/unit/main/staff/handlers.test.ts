import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../main/api';
import { createAnalytics } from '../../../../main/analytics/analytics';
import type { ContentService } from '../../../../main/content/service';
import type { ContentState } from '../../../../main/content/types';
import { dispatch } from '../../../../main/dispatch';
import { createStaffHandlers } from '../../../../main/staff/handlers';
import { journalText, record } from '../export/fixtures';
import { staffOver, tempDir } from './fixtures';

const PIN = '246810';
let data: Awaited<ReturnType<typeof tempDir>>;
let handlers: Handlers;
let quit: ReturnType<typeof vi.fn<() => void>>;

const state: ContentState = { version: 1, folder: '/c', content: null, problems: [] };
const content = {
  current: () => state,
  next: async () => state,
  reload: vi.fn(async () => state),
  close: () => {},
} satisfies ContentService;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  data = await tempDir();
  const staff = await staffOver(data.dir);
  const analytics = await createAnalytics({ dataDir: data.dir, log: () => {} });
  quit = vi.fn<() => void>();
  const staffHandlers = createStaffHandlers({
    dataDir: data.dir,
    content,
    staff,
    analytics,
    log: () => {},
    quit,
    now: () => new Date('2026-11-29T15:30:00'),
    listDestinations: async (dir) => [
      { kind: 'data-folder', path: join(dir, 'exports'), label: "This kiosk's data folder", readOnly: false },
    ],
  });
  // Only the staff calls are under test; the others are never called here.
  handlers = staffHandlers as unknown as Handlers;
});
afterEach(async () => {
  vi.useRealTimers();
  await data.remove();
});

const call = (name: string, input: unknown = {}) => dispatch(handlers, name, input);

describe('staff calls', () => {
  it('refuse with a typed `locked` error until main holds an unlocked session', async () => {
    const folder = join(data.dir, 'exports');
    const inputs: Record<string, unknown> = {
      staffPreflight: {},
      staffDashboard: {},
      saveStaffSettings: { kioskId: 'a', event: 'b' },
      listExportDestinations: {},
      exportSignups: { folder, preset: 'all', since: 'everything' },
      exportAnalytics: { folder },
      reloadContent: {},
      quitKiosk: {},
    };
    for (const [name, input] of Object.entries(inputs)) {
      expect(await call(name, input), name).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    expect(content.reload).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('answer once the PIN unlocks, and refuse again after lockStaff', async () => {
    expect(await call('setStaffPin', { pin: PIN, confirm: PIN })).toEqual({ ok: true, value: { ok: true } });
    expect(await call('staffPreflight')).toMatchObject({ ok: true });
    await call('lockStaff');
    expect(await call('staffPreflight')).toMatchObject({ ok: false, error: { code: 'locked' } });
    // A second "first PIN" is a change of PIN: refused while locked, so nobody can take the kiosk over.
    expect(await call('setStaffPin', { pin: '135790', confirm: '135790' })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await call('unlockStaff', { pin: PIN })).toEqual({ ok: true, value: { unlocked: true } });
    expect(await call('staffPreflight')).toMatchObject({ ok: true });
  });

  it('never tell the renderer anything secret about the PIN', async () => {
    await call('setStaffPin', { pin: PIN, confirm: PIN });
    await call('lockStaff');
    const answers = [await call('staffState'), await call('unlockStaff', { pin: '111111' })];
    expect(JSON.stringify(answers)).not.toMatch(/246810|scrypt|salt|hash/);
  });

  it('export only into a place main listed itself, and the file parses back', async () => {
    await writeFile(join(data.dir, 'signups.jsonl'), journalText([record(1), record(2)]), { mode: 0o600 });
    await call('setStaffPin', { pin: PIN, confirm: PIN });
    expect(
      await call('exportSignups', { folder: '/tmp', preset: 'action-network', since: 'everything' }),
    ).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const folder = join(data.dir, 'exports');
    const answer = await call('exportSignups', { folder, preset: 'action-network', since: 'everything' });
    expect(answer).toMatchObject({ ok: true, value: { ok: true, rows: 2 } });
    const [file] = await readdir(folder);
    const rows = parse<Record<string, string>>(await readFile(join(folder, file!)), {
      bom: true,
      columns: true,
    });
    expect(rows.map((row) => row.first_name)).toEqual(['Visitor1', 'Visitor2']);
  });

  it('say in words when there is nothing to export', async () => {
    await call('setStaffPin', { pin: PIN, confirm: PIN });
    const answer = await call('exportSignups', {
      folder: join(data.dir, 'exports'),
      preset: 'all',
      since: 'last',
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { ok: false, message: expect.stringContaining('no signups') },
    });
  });

  it('count the day for the dashboard', async () => {
    await writeFile(
      join(data.dir, 'signups.jsonl'),
      journalText([
        record(1, { savedAt: '2026-11-28T10:00:00.000-05:00' }),
        record(2, { savedAt: '2026-11-29T10:05:00.000-05:00' }),
        record(3, { savedAt: '2026-11-29T10:55:00.000-05:00' }),
        record(4, { savedAt: '2026-11-29T14:00:00.000-05:00' }),
      ]),
      { mode: 0o600 },
    );
    await call('setStaffPin', { pin: PIN, confirm: PIN });
    const answer = await call('staffDashboard');
    expect(answer).toMatchObject({
      ok: true,
      value: { today: '2026-11-29', signups: { today: 3, total: 4 } },
    });
    const hours = (answer as { value: { signups: { byHourToday: number[] } } }).value.signups.byHourToday;
    expect(hours[10]).toBe(2);
    expect(hours[14]).toBe(1);
    expect(hours.reduce((a, b) => a + b)).toBe(3);
  });

  it('quit through the host, after answering', async () => {
    await call('setStaffPin', { pin: PIN, confirm: PIN });
    expect(await call('quitKiosk')).toEqual({ ok: true, value: { quitting: true } });
    expect(quit).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(quit).toHaveBeenCalledOnce();
  });
});
