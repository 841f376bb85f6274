import { selectLocalized, useKiosk } from '../store';

/**
 * A discreet note that the content folder has errors while the last good content stays on screen,
 * so staff notice an edit went wrong without visitors losing the kiosk.
 */
export function ProblemsBadge() {
  const errors = useKiosk(
    (state) => state.content?.problems.filter((problem) => problem.severity === 'error').length ?? 0,
  );
  const words = useKiosk((state) => selectLocalized(state)?.words);
  if (errors === 0 || !words) return null;
  return (
    <div className="problems-badge" role="status">
      {words.contentProblems} ({errors})
    </div>
  );
}
