/**
 * What staff mode's calls answer. Plain data only; the API contract re-exports these, so the
 * renderer and main share one definition. Nothing here is ever secret: no PIN, no hash.
 */

/** Whether staff mode can be entered, as the PIN pad needs to know. */
export interface StaffState {
  /** False until staff choose a PIN: the pad then asks for a new one, twice. */
  pinSet: boolean;
  /** True while main holds an unlocked staff session. */
  unlocked: boolean;
  /** Seconds before the pad takes a PIN again after too many wrong ones; 0 when it takes one now. */
  lockedSeconds: number;
  /** Set when settings.json cannot be read: the PIN must be reset from a terminal. */
  problem: string | null;
}

/** The answer to a PIN: in, or why not. Never says anything about the PIN itself. */
export type UnlockResult =
  | { unlocked: true }
  /** `triesLeft` before the pad locks; `lockedSeconds` > 0 when it is locked now. */
  | { unlocked: false; triesLeft: number; lockedSeconds: number; message: string };

/** The kiosk's own name and the event it is at, stamped on every new signup. */
export interface KioskSettings {
  kioskId: string;
  event: string;
}

/** One line of the ready-for-the-doors checklist. */
export interface PreflightLine {
  id: 'content' | 'pin' | 'settings' | 'data-folder' | 'free-space' | 'clock' | 'last-export';
  ok: boolean;
  /** What was checked, and how it stands: "The content loads without errors". */
  title: string;
  /** The detail, and when red what to do about it, in plain words. */
  detail: string;
}

/** A question and how often it was opened. */
export interface QuestionCount {
  id: string;
  today: number;
  total: number;
}

/** Visitors who read an answer, and how many of them then signed up. */
export interface AnswerToSignup {
  readers: number;
  signedUp: number;
}

/** What the staff dashboard shows. */
export interface StaffDashboard {
  /** Today as the kiosk's clock reads it (YYYY-MM-DD). */
  today: string;
  signups: { today: number; total: number; byHourToday: number[] };
  /** Counts of today's visits, from analytics: no personal data. */
  visits: { wakeUps: number; started: number; completed: number; abandoned: number; idleResets: number };
  topQuestions: QuestionCount[];
  answerToSignup: { today: AnswerToSignup; total: AnswerToSignup };
  /** When the last export finished, what and where; null before the first one. */
  lastExport: { at: string; preset: string; rows: number; destination: string } | null;
  settings: KioskSettings;
}

/** A place an export can go: a USB stick, or the data folder's exports/. */
export interface ExportDestination {
  kind: 'removable' | 'data-folder';
  path: string;
  label: string;
  readOnly: boolean;
}

/** What an export did, in words fit for a volunteer. */
export type ExportOutcome =
  { ok: true; file: string; rows: number; notes: string[] } | { ok: false; message: string };
