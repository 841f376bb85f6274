import { useKiosk } from '../store';

/**
 * A discreet note, for staff, while signups cannot be saved. Why, and what to do, is on staff
 * mode's checklist, behind the PIN: main's explanation names the data folder, which is no
 * visitor's business. Visitors meanwhile keep their details on the form and are asked to tell staff.
 */
export function SignupStatusNote() {
  const problem = useKiosk((state) => state.signupProblem);
  if (!problem) return null;
  return (
    <div className="staff-note" role="status" lang="en">
      <p>Signups are not being saved (staff: the checklist in staff mode says why)</p>
    </div>
  );
}
