import { lastExport } from '../export/audit';
import { PRESETS } from '../export/presets';
import { freeSpace, probeWrite, SIGNUPS_AHEAD, sizeWords } from './data-folder-check';
import type { KioskSettings, PreflightLine } from './types';

/** What the checklist looks at; the kiosk and `npm run preflight` each gather it their own way. */
export interface PreflightInputs {
  dataDir: string;
  contentFolder: string;
  /** Errors in the latest load of the content folder. */
  contentErrors: number;
  /** Whether any good content is on screen (the last good one stays up during a bad edit). */
  contentLoaded: boolean;
  staff: { pinSet: boolean; problem: string | null };
  settings: KioskSettings;
  now: Date;
  /** When this copy of the kiosk was built: the clock cannot be earlier. */
  builtAt: Date;
}

/** A date and time as people read them: "Nov 29, 2026, 4:40 PM". */
export const dateWords = (date: Date): string =>
  date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function contentLine({ contentErrors, contentLoaded, contentFolder }: PreflightInputs): PreflightLine {
  const title = 'The content loads without errors';
  if (contentErrors === 0 && contentLoaded) {
    return { id: 'content', ok: true, title, detail: `From ${contentFolder}.` };
  }
  return {
    id: 'content',
    ok: false,
    title,
    detail: `${contentErrors} error(s) in ${contentFolder}${contentLoaded ? ' (visitors still see the content from before the edit)' : ''}. Each is listed with its file and line (npm run content:check prints them too): fix the file and save, and the kiosk reloads by itself.`,
  };
}

function pinLine({ staff, dataDir }: PreflightInputs): PreflightLine {
  const title = 'A staff PIN is set';
  if (staff.problem) return { id: 'pin', ok: false, title, detail: staff.problem };
  return staff.pinSet
    ? { id: 'pin', ok: true, title, detail: 'Only people with the PIN can open staff mode.' }
    : {
        id: 'pin',
        ok: false,
        title,
        detail: `Choose one: open staff mode (five taps in the top-left corner), or run npm run staff-pin -- --data-dir ${dataDir}.`,
      };
}

function settingsLine({ settings }: PreflightInputs): PreflightLine {
  const title = 'Kiosk id and event name are set';
  const missing = [!settings.kioskId && 'kiosk id', !settings.event && 'event name'].filter(Boolean);
  return missing.length === 0
    ? { id: 'settings', ok: true, title, detail: `Kiosk "${settings.kioskId}" at "${settings.event}".` }
    : {
        id: 'settings',
        ok: false,
        title,
        detail: `No ${missing.join(' and no ')} yet. Set them on the staff dashboard: every signup is stamped with them, so the exports say where it came from.`,
      };
}

async function dataFolderLine({ dataDir }: PreflightInputs): Promise<PreflightLine> {
  const title = 'The data folder is writable and saves to disk';
  const problem = await probeWrite(dataDir);
  return problem
    ? { id: 'data-folder', ok: false, title, detail: problem }
    : {
        id: 'data-folder',
        ok: true,
        title,
        detail: `A test file was written, flushed and read back in ${dataDir}.`,
      };
}

async function freeSpaceLine({ dataDir }: PreflightInputs): Promise<PreflightLine> {
  const title = `Room for ${SIGNUPS_AHEAD.toLocaleString('en-US')} more signups`;
  const space = await freeSpace(dataDir);
  if ('problem' in space) return { id: 'free-space', ok: false, title, detail: space.problem };
  const room = `${sizeWords(space.bytes)} free: room for about ${space.signups.toLocaleString('en-US')} signups.`;
  return space.ok
    ? { id: 'free-space', ok: true, title, detail: room }
    : { id: 'free-space', ok: false, title, detail: `Only ${room} Free some space on this disk.` };
}

function clockLine({ now, builtAt }: PreflightInputs): PreflightLine {
  const title = 'The clock is plausible';
  return now.getTime() >= builtAt.getTime()
    ? { id: 'clock', ok: true, title, detail: `It reads ${dateWords(now)}.` }
    : {
        id: 'clock',
        ok: false,
        title,
        detail: `It reads ${dateWords(now)}, before this kiosk was built (${dateWords(builtAt)}). Set the date and time in the computer's settings: signups and exports are stamped with it.`,
      };
}

async function lastExportLine({ dataDir }: PreflightInputs): Promise<PreflightLine> {
  const title = 'Last export';
  const last = await lastExport(dataDir).catch(() => null);
  if (!last) return { id: 'last-export', ok: true, title, detail: 'No export yet.' };
  const label = PRESETS[last.preset]?.label ?? last.preset;
  return {
    id: 'last-export',
    ok: true,
    title,
    detail: `${dateWords(new Date(last.at))}: ${last.rows} signup(s), ${label}, to ${last.destination}.`,
  };
}

/** The ready-for-the-doors checklist, in the order staff read it. */
export async function preflight(inputs: PreflightInputs): Promise<PreflightLine[]> {
  return [
    contentLine(inputs),
    pinLine(inputs),
    settingsLine(inputs),
    await dataFolderLine(inputs),
    await freeSpaceLine(inputs),
    clockLine(inputs),
    await lastExportLine(inputs),
  ];
}
