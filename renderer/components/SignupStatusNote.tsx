import { useState } from 'react';
import { useKiosk } from '../store';
import { useFocusOnMount } from '../use-focus-on-mount';
import { Dialog } from './Dialog';

/**
 * A discreet note, for staff, while signups cannot be saved; a tap shows main's explanation of
 * why and what to do. Visitors meanwhile keep their details on the form and are asked to tell staff.
 */
export function SignupStatusNote() {
  const problem = useKiosk((state) => state.signupProblem);
  // Remembers which problem was opened, so a later, different one never pops up by itself.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const focusHeading = useFocusOnMount<HTMLHeadingElement>();
  if (!problem) return null;
  return (
    <>
      <div className="staff-note" role="status" lang="en">
        <button type="button" onClick={() => setOpenFor(problem)}>
          Signups are not being saved (staff: tap)
        </button>
      </div>
      {openFor === problem && (
        <Dialog titleId="signup-problem-title" className="problems-panel" lang="en">
          <h2 id="signup-problem-title" tabIndex={-1} ref={focusHeading}>
            Signups are not being saved
          </h2>
          <p>{problem}</p>
          <p>
            Visitors who sign up meanwhile are asked to tell a staff member. Their details stay on the form:
            once the problem is fixed, a tap on the form's button saves them.
          </p>
          <button type="button" className="bar-button" onClick={() => setOpenFor(null)}>
            Close
          </button>
        </Dialog>
      )}
    </>
  );
}
