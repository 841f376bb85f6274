import { useState } from 'react';
import { selectLocalized, useKiosk } from '../store';
import { useFocusOnMount } from '../use-focus-on-mount';
import { Dialog } from './Dialog';
import { ProblemList } from './ProblemList';

/**
 * A discreet note that the content folder has errors while the last good content stays on screen;
 * staff tap it to read the errors, so an edit gone wrong is noticed without visitors losing the kiosk.
 */
export function ProblemsBadge() {
  const state = useKiosk((store) => store.content);
  const words = useKiosk((store) => selectLocalized(store)?.words);
  const [open, setOpen] = useState(false);
  const focusHeading = useFocusOnMount<HTMLHeadingElement>();
  const errors = state?.problems.filter((problem) => problem.severity === 'error').length ?? 0;
  if (!state || errors === 0 || !words) return null;
  return (
    <>
      <div className="problems-badge" role="status">
        <button type="button" onClick={() => setOpen(true)}>
          {words.contentProblems} ({errors})
        </button>
      </div>
      {open && (
        <Dialog titleId="problems-title" className="problems-panel">
          <h2 id="problems-title" tabIndex={-1} ref={focusHeading}>
            {words.problemsTitle}
          </h2>
          <p>{words.problemsIntro.replace('{folder}', state.folder)}</p>
          <ProblemList problems={state.problems} />
          <button type="button" className="nav-button" onClick={() => setOpen(false)}>
            {words.close}
          </button>
        </Dialog>
      )}
    </>
  );
}
