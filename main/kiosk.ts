import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo, Handlers } from './api';
import { createAnalytics } from './analytics/analytics';
import { createAnalyticsHandlers } from './analytics/handlers';
import { createContentService } from './content/service';
import { createHandlers } from './handlers';
import { KioskStartError } from './kiosk-start-error';
import { createSignups } from './signups/service';
import { builtAt } from './staff/build-date';
import { createStaffHandlers } from './staff/handlers';
import { createStaff } from './staff/service';

/** The last good content, kept in the data folder so a start on unchanged files shows it at once. */
export const CONTENT_CACHE = 'content-cache.json';

/** What a host gives the kiosk: where its files are, who it is, where its log goes. */
export interface KioskOptions {
  contentDir: string;
  /** Signups and settings live here; created with mode 0700 when missing. */
  dataDir: string;
  info: AppInfo;
  log: (line: string) => void;
  /** How often the content folder is polled for changes (tests shorten it); default 500 ms. */
  pollMs?: number;
  /**
   * How this host quits when staff press "quit kiosk": the browser host stops itself and its
   * Chromium, Electron opens its close gate. Without it, quitKiosk answers that it cannot.
   */
  quit?: () => void;
}

/** One running kiosk: the handlers a host connects to its transport, and how to stop it. */
export interface Kiosk {
  handlers: Handlers;
  close(): Promise<void>;
}

/**
 * Builds the whole kiosk (content, data folder, every wing's service, the handlers) in one place,
 * so the Electron and browser hosts stay thin and can never wire it differently.
 */
export async function createKiosk(options: KioskOptions): Promise<Kiosk> {
  const { contentDir, dataDir, info, log } = options;
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new KioskStartError(
      `The kiosk cannot create its data folder ${dataDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Choose a folder this user can write to.`,
    );
  }
  const content = await createContentService(contentDir, {
    log,
    ...(options.pollMs ? { pollMs: options.pollMs } : {}),
    // Kept per build: another version of the kiosk may read the same files differently.
    cache: { file: join(dataDir, CONTENT_CACHE), build: `${info.version} ${builtAt().toISOString()}` },
  });
  const staff = await createStaff({ dataDir, log });
  // Every new signup is stamped with the kiosk id and event staff set on the dashboard.
  const signups = await createSignups({ dataDir, log, settings: () => staff.settings() });
  const analytics = await createAnalytics({ dataDir, log });
  const wings = {
    ...createAnalyticsHandlers(content, analytics),
    ...createStaffHandlers({ dataDir, content, staff, analytics, log, quit: options.quit }),
  };
  return {
    handlers: createHandlers({ content, signups, info, wings }),
    close: async () => {
      content.close();
      await Promise.all([signups.close(), analytics.close()]);
    },
  };
}
