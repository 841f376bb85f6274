import type { AnswerToSignup } from '../../main/api';

/** "6 of 40 visitors who read an answer signed up (15%)", or why there is no share yet. */
export function shareWords({ readers, signedUp }: AnswerToSignup): string {
  if (readers === 0) return 'No visitor has read an answer yet.';
  const percent = Math.round((100 * signedUp) / readers);
  return `${signedUp} of ${readers} visitor${readers === 1 ? '' : 's'} who read an answer signed up (${percent}%).`;
}

/** An export's time as staff read it: "Nov 29, 4:40 PM". */
export function timeWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
