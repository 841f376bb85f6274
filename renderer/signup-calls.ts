import type { SubmitResult } from '../main/api';
import { callMain } from './api';
import { selectLocalized, useKiosk } from './store';
import { untilPointerReleased } from './pointer-release';
import { submission, type FieldName } from './store/signup-form';

// Said only when main cannot be reached at all, so main's own words are not at hand.
const UNREACHABLE = 'We could not save this. Please let a staff member know.';

let checks = 0;

/** The form on screen, with what main needs to check or save it; null when there is none. */
function current() {
  const state = useKiosk.getState();
  const localized = selectLocalized(state);
  if (!localized?.signup) return null;
  const { attempt } = state.signup;
  return { attempt, lang: localized.lang, ...submission(state.signup, localized.signup) };
}

/**
 * Asks main what is wrong with the form so far, in the visitor's language, without saving it, and
 * marks `leaving` as left once the answer is in: its error shows only then, never a stale one.
 * For comfort only: a failed check shows nothing, and the submit checks again.
 */
export async function checkSignupForm(leaving?: FieldName): Promise<void> {
  const form = current();
  if (!form) return;
  const { attempt, lang, fields, consent } = form;
  // Only the latest check counts: an older answer may arrive late, or in the language just left.
  const mine = ++checks;
  try {
    const { errors } = await callMain('checkSignup', { lang, fields, consent });
    await untilPointerReleased();
    if (mine === checks) useKiosk.getState().signupChecked(attempt, errors, lang, leaving);
  } catch (error) {
    console.warn('[kiosk] signup check failed:', error);
  }
}

/**
 * Sends the form to main to be saved, and records the answer: a saved signup thanks the visitor,
 * anything else keeps every value for another try with the same attempt id.
 */
export async function submitSignupForm(): Promise<SubmitResult | null> {
  const form = current();
  if (!form || useKiosk.getState().signup.sending) return null;
  const { attempt, lang } = form;
  checks++; // the submit's answer supersedes any check still on its way
  useKiosk.getState().signupSending(attempt);
  let result: SubmitResult;
  let said = lang;
  try {
    result = await callMain('submitSignup', form);
  } catch (error) {
    console.warn('[kiosk] signup submit failed:', error);
    result = { status: 'not-saved', message: UNREACHABLE };
    said = 'en';
  }
  useKiosk.getState().signupAnswered(attempt, result, said);
  await refreshSignupStatus();
  return result;
}

/** Asks main whether saving signups works, for the staff note. */
export async function refreshSignupStatus(): Promise<void> {
  try {
    const { problem } = await callMain('getSignupStatus', {});
    useKiosk.getState().setSignupProblem(problem);
  } catch (error) {
    console.warn('[kiosk] signup status unavailable:', error);
  }
}
