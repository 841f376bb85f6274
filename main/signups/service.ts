import { diskError } from './disk-errors';
import type { FormPair } from './form-config';
import { openJournal, type Journal } from './journal';
import { signupMessages } from './messages';
import { buildRecord } from './record';
import { sealerCache, type Sealer } from './seal';
import type { JournalRecord, SignupStatus, SignupSubmission, SubmitResult } from './types';
import { validateSignup } from './validate';

/**
 * Takes signups: checks them, keeps them on disk (sealed to the form's `sealTo` keys when it has
 * any), and says how saving goes.
 */
export interface Signups {
  /** Answers `saved` only once the signup is on disk; a retry of a saved attempt is not saved twice. */
  submit(submission: SignupSubmission, forms: FormPair): Promise<SubmitResult>;
  status(): SignupStatus;
  close(): Promise<void>;
}

/** What createSignups needs. */
export interface SignupsOptions {
  dataDir: string;
  /** Lines for the kiosk's log; this module never passes it anything a visitor typed. */
  log: (line: string) => void;
  settings: () => { kioskId: string; event: string };
  now?: () => Date;
}

// Longer than any id the form makes; a longer one is not remembered, so memory stays bounded.
const MAX_ATTEMPT = 200;

/**
 * Starts taking signups into `<dataDir>/signups.jsonl`. Starts even when the folder cannot be
 * used: submits then answer `not-saved`, status shows why, and each submit tries the folder again.
 */
export async function createSignups({
  dataDir,
  log,
  settings,
  now = () => new Date(),
}: SignupsOptions): Promise<Signups> {
  let journal: Journal | null = null;
  let problem: string | null = null;
  let lastCount = 0;
  const saved = new Set<string>();
  // A failed attempt keeps its record id, so a line that reached the disk despite the error
  // and the retry's line share one id that an export can deduplicate.
  const retryIds = new Map<string, string>();
  const inFlight = new Map<string, Promise<SubmitResult>>();
  const sealerFor = sealerCache();

  const fail = (error: unknown): void => {
    problem = diskError(error, dataDir).message;
    log(`signup not saved: ${problem}`);
  };

  const ensureJournal = async (): Promise<Journal | null> => {
    if (journal) return journal;
    try {
      journal = await openJournal(dataDir, { log });
      lastCount = journal.count();
      return journal;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const save = async (
    submission: SignupSubmission,
    forms: FormPair,
    attempt: string | null,
  ): Promise<SubmitResult> => {
    const checked = validateSignup(submission, forms);
    if (!checked.ok) return { status: 'invalid', errors: checked.errors };
    const messages = signupMessages(submission.lang);
    const target = await ensureJournal();
    if (!target) return { status: 'not-saved', message: messages.notSaved() };
    const { kioskId, event } = settings();
    const consent =
      typeof submission.consent === 'object' && submission.consent !== null ? submission.consent : {};
    const record = buildRecord(checked.fields, consent, forms.form, {
      kioskId,
      event,
      lang: submission.lang,
      savedAt: now(),
      id: attempt === null ? undefined : retryIds.get(attempt),
    });
    let line: JournalRecord = record;
    let sealer: Sealer | null = null;
    // Sealed here, in memory, before anything reaches the disk; a key that fails writes nothing.
    if (forms.form.sealTo.length > 0) {
      try {
        sealer = sealerFor(forms.form.sealTo);
        line = await sealer.seal(record);
      } catch (error) {
        problem =
          'The kiosk could not seal a signup, so it did not save it: check sealTo in kiosk.yaml with npm run content:check.';
        log(`signup not saved: sealing failed (${error instanceof Error ? error.message : typeof error})`);
        return { status: 'not-saved', message: messages.notSaved() };
      }
    }
    try {
      await target.append(line);
    } catch (error) {
      if (attempt !== null) retryIds.set(attempt, record.id);
      fail(error);
      return { status: 'not-saved', message: messages.notSaved() };
    } finally {
      // The next signup's encryption is made once this visitor has their answer, not before.
      const ready = sealer;
      if (ready) setImmediate(() => ready.prepare());
    }
    lastCount = target.count();
    problem = null;
    if (attempt !== null) {
      saved.add(attempt);
      retryIds.delete(attempt);
    }
    return { status: 'saved' };
  };

  await ensureJournal();

  return {
    async submit(submission, forms) {
      const given: unknown = (submission as Partial<SignupSubmission> | null)?.attempt;
      const attempt =
        typeof given === 'string' && given.length > 0 && given.length <= MAX_ATTEMPT ? given : null;
      if (attempt !== null && saved.has(attempt)) return { status: 'saved' };
      // A double tap sends the same attempt twice at once: the second waits for the first's answer.
      const pending = attempt === null ? undefined : inFlight.get(attempt);
      if (pending) return pending;
      const run = save(submission, forms, attempt).catch((error: unknown) => {
        // Only a bug gets here; the visitor still gets a calm answer and nothing personal is logged.
        problem = 'The kiosk hit an unexpected error while saving a signup: see its log, and restart it.';
        log(`signup submit failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
        const lang = (submission as Partial<SignupSubmission> | null)?.lang;
        return { status: 'not-saved', message: signupMessages(lang).notSaved() } as const;
      });
      if (attempt === null) return run;
      inFlight.set(attempt, run);
      try {
        return await run;
      } finally {
        inFlight.delete(attempt);
      }
    },
    status: () => ({ count: journal ? journal.count() : lastCount, problem }),
    async close() {
      await journal?.close();
      journal = null;
    },
  };
}
