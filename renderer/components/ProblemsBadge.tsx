import { selectLocalized, useKiosk } from '../store';

/**
 * A discreet note, while the last good content stays on screen, that an edit to the content has
 * errors. Visitors learn only that the kiosk needs staff (`needsStaff`, a word of the content);
 * the list of problems is in staff mode, behind the PIN, on the checklist.
 */
export function ProblemsBadge() {
  const state = useKiosk((store) => store.content);
  const words = useKiosk((store) => selectLocalized(store)?.words);
  const errors = state?.problems.filter((problem) => problem.severity === 'error').length ?? 0;
  if (!state || errors === 0 || !words) return null;
  return (
    <div className="problems-badge" role="status">
      <span className="needs-staff">{words.needsStaff}</span>
    </div>
  );
}
