import type { CallInput, CallName, CallResult } from '../../main/api';
import { ApiCallError, callMain } from '../api';
import { useKiosk } from '../store';

/** Said on the PIN pad when main ended the staff session before the screen did. */
export const LOCKED_NOTICE = 'Staff mode locked itself after 2 minutes without a touch. Enter the PIN again.';

/**
 * Calls main for a staff screen. A `locked` refusal (main's session ended) takes staff back to the
 * PIN pad and answers null; any other failure is thrown for the screen to say.
 */
export async function staffCall<K extends CallName>(
  name: K,
  input: CallInput<K>,
): Promise<CallResult<K> | null> {
  try {
    return await callMain(name, input);
  } catch (error) {
    if (error instanceof ApiCallError && error.error.code === 'locked') {
      useKiosk.getState().staffLocked(LOCKED_NOTICE);
      return null;
    }
    throw error;
  }
}

/** A failure's message for staff. */
export const failureText = (error: unknown): string =>
  error instanceof Error ? error.message : 'The kiosk did not answer. Try again.';
