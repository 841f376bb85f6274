import { z } from 'zod';
import { consentChannels, signupFieldNames } from './content/signup-schema';
import type { ContentState } from './content/types';
export type { FieldErrors, SignupStatus, SubmitResult } from './signups/types';
import type { FieldErrors, SignupStatus, SubmitResult } from './signups/types';
import { analyticsEventSchema } from './analytics/event-schema';
import { PRESET_NAMES } from './export/presets';
import type {
  ExportDestination,
  ExportOutcome,
  KioskSettings,
  PreflightLine,
  StaffDashboard,
  StaffState,
  UnlockResult,
} from './staff/types';
export type * from './staff/types';
export type { AnalyticsEvent } from './analytics/event-schema';

// The renderer imports types from this file alone: what it needs of the content model comes through here.
export type {
  Block,
  Content,
  ContentState,
  IdleTimes,
  Inline,
  Localized,
  LocatedProblem,
  Picture,
  Problem,
  Question,
  SignupField,
  SignupForm,
  Slide,
  Words,
} from './content/types';

declare const resultType: unique symbol;

/** One call of the contract: the zod schema of its argument, and its result type as a phantom. */
export interface Call<I extends z.ZodType, R> {
  input: I;
  readonly [resultType]?: R;
}

function call<R>() {
  return <I extends z.ZodType>(input: I): Call<I, R> => ({ input });
}

/** What the kiosk reports about itself. */
export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  /**
   * True only for `npm run serve -- --preview`: a kiosk page may then be pinned to a screen by its
   * address, for the organizer's preview. Electron is never in preview mode.
   */
  preview: boolean;
}

// Text is only capped here against abuse: main's validation gives visitors the friendly limits.
const signupForm = z
  .object({
    lang: z.string().max(35),
    fields: z.partialRecord(z.enum(signupFieldNames), z.string().max(20_000)),
    consent: z.partialRecord(z.enum(consentChannels), z.boolean()),
  })
  .strict();

const none = z.object({}).strict();
// A PIN is only capped here; main says what a good one is.
const pin = z.string().max(64);
// Settings go into every signup and export: one line of printable text each.
const settingText = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u);
// A folder from listExportDestinations; main takes only one it lists itself.
const destination = z.object({ folder: z.string().min(1).max(4096) }).strict();

/**
 * The API contract: every call the renderer can make. Both hosts (Electron IPC, browser HTTP)
 * are generic over this object, so adding a call here is all a new call needs besides its handler.
 */
export const api = {
  /** The current content. With `since`, waits (up to `waitMs`) until the version passes it. */
  getContent: call<ContentState>()(
    z
      .object({
        since: z.number().int().nonnegative().optional(),
        waitMs: z.number().int().min(0).max(60_000).optional(),
      })
      .strict(),
  ),
  getInfo: call<AppInfo>()(z.object({}).strict()),
  /** Checks a signup without saving it, for the form's comfort; main's messages, in `lang`. */
  checkSignup: call<{ errors: FieldErrors }>()(signupForm),
  /** Saves a signup; answers `saved` only once it is on disk. */
  submitSignup: call<SubmitResult>()(signupForm.extend({ attempt: z.string().min(8).max(100) })),
  /** How many signups the kiosk holds, and why saving fails if it does: counts only, never a record. */
  getSignupStatus: call<SignupStatus>()(z.object({}).strict()),

  // Visit counts, for anyone: enums, a language and a question id, never a field of any form.
  /** Counts one visit event (analytics.jsonl). */
  recordEvent: call<{ recorded: true }>()(analyticsEventSchema),

  // Staff mode. Only these four answer while it is locked; every other staff call refuses with
  // `locked` unless main holds an unlocked session (renewed by each staff call, 2 min).
  /** Whether a PIN is set, whether staff mode is unlocked, and how long the pad stays locked. */
  staffState: call<StaffState>()(none),
  /** Unlocks staff mode with the PIN; answers nothing about the PIN but right or wrong. */
  unlockStaff: call<UnlockResult>()(z.object({ pin }).strict()),
  /** Chooses the first PIN (entered twice); changing one needs staff mode unlocked. */
  setStaffPin: call<{ ok: true } | { ok: false; message: string }>()(
    z.object({ pin, confirm: pin }).strict(),
  ),
  lockStaff: call<{ unlocked: false }>()(none),

  /** The ready-for-the-doors checklist. */
  staffPreflight: call<{ lines: PreflightLine[] }>()(none),
  /** Today's and all signups, visits and questions, the last export, the kiosk's settings. */
  staffDashboard: call<StaffDashboard>()(none),
  /** Sets the kiosk id and event name stamped on each new signup. */
  saveStaffSettings: call<KioskSettings>()(
    z.object({ kioskId: settingText(40), event: settingText(120) }).strict(),
  ),
  /** USB sticks main can see, and the data folder's exports/. */
  listExportDestinations: call<{ destinations: ExportDestination[] }>()(none),
  exportSignups: call<ExportOutcome>()(
    destination.extend({ preset: z.enum(PRESET_NAMES), since: z.enum(['everything', 'last']) }),
  ),
  /** The visit counts as CSV. */
  exportAnalytics: call<ExportOutcome>()(destination),
  /** Loads the content folder again now. */
  reloadContent: call<ContentState>()(none),
  /** Closes the kiosk: the only way out of the full-screen kiosk besides the key chord. */
  quitKiosk: call<{ quitting: boolean }>()(none),
};

export type Api = typeof api;
export type CallName = keyof Api;
/** What the renderer passes to a call. */
export type CallInput<K extends CallName> = z.input<Api[K]['input']>;
/** What a handler receives once the argument has parsed. */
export type ParsedInput<K extends CallName> = z.output<Api[K]['input']>;
export type CallResult<K extends CallName> = NonNullable<Api[K][typeof resultType]>;

/** The implementation of every call, shared by both hosts. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallResult<K>> };

/** The renderer's view of the API: one async function per call. */
export type KioskApi = { [K in CallName]: (input: CallInput<K>) => Promise<Envelope<CallResult<K>>> };

/**
 * `busy`: the browser host already has as many calls in progress as it takes; try again shortly.
 * `locked`: a staff call while staff mode is locked; unlock with the PIN first.
 */
export type ApiErrorCode =
  | 'unknown-call'
  | 'bad-input'
  | 'forbidden'
  | 'method-not-allowed'
  | 'too-large'
  | 'busy'
  | 'locked'
  | 'internal';

/** A typed error a call returns instead of throwing across the process boundary. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

/** What crosses the boundary for every call, in both hosts. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The names of every call, for the hosts and the preload to register. */
export const callNames = Object.keys(api) as CallName[];

/** True when `name` is a call of the contract (and not, say, `__proto__`). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
