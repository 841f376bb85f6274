import type { Handlers } from '../api';
import type { Analytics } from '../analytics/analytics';
import { summarize } from '../analytics/counts';
import { exportAnalytics } from '../analytics/export-csv';
import { CallRefused } from '../call-refused';
import type { ContentService } from '../content/service';
import { lastExport } from '../export/audit';
import type { Destination } from '../export/destinations';
import { listDestinations as systemDestinations } from '../export/drive-probe';
import { exportSignups } from '../export/export-signups';
import { ExportError } from '../export/write-errors';
import { makePrivateDir } from '../signups/durable';
import { builtAt } from './build-date';
import { preflight } from './preflight';
import type { Staff } from './service';
import { countSignups, localDay } from './signup-counts';
import type { ExportOutcome } from './types';

/** What staff mode's handlers need from the kiosk. */
export interface StaffHandlerDeps {
  dataDir: string;
  content: ContentService;
  staff: Staff;
  analytics: Analytics;
  log: (line: string) => void;
  /** The host's way out (stop the browser host and its Chromium, or close Electron's window). */
  quit?: () => void;
  now?: () => Date;
  /** Seam for tests: the drives the system shows. */
  listDestinations?: (dataDir: string) => Promise<Destination[]>;
}

type StaffCall =
  | 'staffState'
  | 'unlockStaff'
  | 'setStaffPin'
  | 'lockStaff'
  | 'staffPreflight'
  | 'staffDashboard'
  | 'saveStaffSettings'
  | 'listExportDestinations'
  | 'exportSignups'
  | 'exportAnalytics'
  | 'reloadContent'
  | 'quitKiosk';

// Long enough for the answer to reach the page before the host goes away.
const QUIT_DELAY_MS = 300;

/** Staff mode's calls. Each but the PIN pad's refuses with `locked` unless main's session is unlocked. */
export function createStaffHandlers(deps: StaffHandlerDeps): Pick<Handlers, StaffCall> {
  const { dataDir, content, staff, analytics, log, now = () => new Date() } = deps;
  const listDestinations = deps.listDestinations ?? ((dir: string) => systemDestinations(dir));

  const requireStaff = () => {
    if (!staff.session.check())
      throw new CallRefused('locked', 'Staff mode is locked: unlock it with the PIN.');
  };
  // Only a folder main itself lists may be written to: the renderer never names a path of its own.
  const listedFolder = async (folder: string): Promise<Destination> => {
    const found = (await listDestinations(dataDir)).find((place) => place.path === folder);
    if (!found)
      throw new CallRefused('bad-input', 'That place is no longer available: choose one from the list.');
    return found;
  };
  const outcome = async (write: () => Promise<ExportOutcome>): Promise<ExportOutcome> => {
    try {
      return await write();
    } catch (error) {
      if (error instanceof ExportError) return { ok: false, message: error.message };
      throw error;
    }
  };

  return {
    async staffState() {
      const state = await staff.state();
      if (state.unlocked) staff.session.check(); // the pad's own keep-alive while staff touch the screen
      return state;
    },
    unlockStaff: ({ pin }) => staff.unlock(pin),
    async setStaffPin({ pin, confirm }) {
      const result = await staff.setPin(pin, confirm);
      if (result === 'locked')
        throw new CallRefused('locked', 'A PIN is set: unlock staff mode to change it.');
      return result;
    },
    async lockStaff() {
      staff.session.lock();
      return { unlocked: false };
    },
    async staffPreflight() {
      requireStaff();
      const current = content.current();
      const state = await staff.state();
      const lines = await preflight({
        dataDir,
        contentFolder: current.folder,
        contentErrors: current.problems.filter((problem) => problem.severity === 'error').length,
        contentLoaded: current.content !== null,
        staff: state,
        settings: staff.settings(),
        now: now(),
        builtAt: builtAt(),
      });
      return { lines };
    },
    async staffDashboard() {
      requireStaff();
      const today = localDay(now());
      const [signups, last] = await Promise.all([
        countSignups(dataDir, today),
        lastExport(dataDir).catch(() => null),
      ]);
      return {
        today,
        signups,
        ...summarize(analytics.rows(), today),
        lastExport: last && {
          at: last.at,
          preset: last.preset,
          rows: last.rows,
          destination: last.destination,
        },
        settings: staff.settings(),
      };
    },
    async saveStaffSettings(settings) {
      requireStaff();
      return staff.saveSettings(settings);
    },
    async listExportDestinations() {
      requireStaff();
      return { destinations: await listDestinations(dataDir) };
    },
    async exportSignups({ folder, preset, since }) {
      requireStaff();
      await listedFolder(folder);
      return outcome(async () => {
        // The kiosk never holds the organizers' key: sealed signups go to the stick still sealed.
        const result = await exportSignups({
          dataDir,
          preset,
          since,
          folder,
          now,
          withoutKey: 'sealed-copy',
        });
        const sealed = result.sealedCopied ? `, ${result.sealedCopied} of them sealed` : '';
        log(`staff exported ${result.rows} signup(s)${sealed} (${preset}, ${since}) to ${result.file}`);
        return { ok: true, file: result.file, rows: result.rows, notes: result.notes };
      });
    },
    async exportAnalytics({ folder }) {
      requireStaff();
      const place = await listedFolder(folder);
      return outcome(async () => {
        await analytics.flush();
        const rows = analytics.rows();
        if (place.kind === 'data-folder') await makePrivateDir(folder);
        const file = await exportAnalytics(rows, folder, now());
        log(`staff exported the visit counts to ${file}`);
        return { ok: true, file, rows: rows.length, notes: [] };
      });
    },
    async reloadContent() {
      requireStaff();
      return content.reload();
    },
    async quitKiosk() {
      requireStaff();
      const quit = deps.quit;
      if (!quit) return { quitting: false };
      log('staff asked the kiosk to quit');
      staff.session.lock();
      setTimeout(quit, QUIT_DELAY_MS);
      return { quitting: true };
    },
  };
}
