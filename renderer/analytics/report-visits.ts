import type { AnalyticsEvent } from '../../main/api';
import { afterPaint } from '../after-paint';
import { callMain } from '../api';
import { useKiosk } from '../store';
import { visitEvents, type Visit } from './visit-events';

/**
 * Reports the visit events (wake-up, question opened, signup started, completed or abandoned,
 * idle reset) to main as the session moves, for staff mode's counts. Returns the unsubscribe.
 * A report that fails is dropped: counting must never get in a visitor's way.
 */
export function reportVisits(): () => void {
  let visit: Visit = { readAnswer: false };
  return useKiosk.subscribe((state, previous) => {
    // The organizer's preview is no visitor: nothing it shows or does is counted.
    if (state.session === previous.session || state.preview) return;
    const defaultLang = state.content?.content?.defaultLanguage;
    if (!defaultLang) return;
    const moved = visitEvents(
      {
        before: previous.session,
        after: state.session,
        now: Date.now(),
        defaultLang,
        staff: state.staff.view !== 'closed',
      },
      visit,
    );
    visit = moved.visit;
    if (moved.events.length) afterPaint(() => send(moved.events));
  });
}

function send(events: AnalyticsEvent[]): void {
  for (const event of events) {
    callMain('recordEvent', event).catch((error: unknown) =>
      console.warn('[kiosk] visit not counted:', error),
    );
  }
}
