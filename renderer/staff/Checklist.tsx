import type { PreflightLine } from '../../main/api';
import { ProblemList } from '../components/ProblemList';
import { selectLocalized, useKiosk } from '../store';
import { useStaffData } from './use-staff-data';

// The last export is news, not a check: it is never red, so it is not shown as "OK" either.
const isInfo = (line: PreflightLine) => line.id === 'last-export';

function Line({ line }: { line: PreflightLine }) {
  const problems = useKiosk((state) => state.content?.problems ?? []);
  const words = useKiosk((state) => selectLocalized(state)?.words);
  const folder = useKiosk((state) => state.content?.folder ?? '');
  const kind = isInfo(line) ? 'info' : line.ok ? 'ok' : 'fix';
  return (
    <li className={`check-line ${kind}`}>
      <span className="check-mark" aria-hidden="true">
        {{ info: 'i', ok: '✓', fix: '✗' }[kind]}
      </span>
      <div>
        <p className="check-title">
          {kind !== 'info' && <span className="check-state">{line.ok ? 'OK' : 'Fix this'}: </span>}
          {line.title}
        </p>
        <p className="check-detail">{line.detail}</p>
        {line.id === 'content' && !line.ok && (
          // The content's problems, which visitors no longer see: only that the kiosk needs staff.
          <div className="check-problems">
            {words && (
              <>
                <p className="check-title">{words.problemsTitle}</p>
                <p>{words.problemsIntro.replace('{folder}', folder)}</p>
              </>
            )}
            <ProblemList problems={problems} />
          </div>
        )}
      </div>
    </li>
  );
}

/** Staff mode's first screen: is the kiosk ready for the doors? Each line green or red, with what to do. */
export function Checklist() {
  const { data, error, reload } = useStaffData('staffPreflight');
  const signupProblem = useKiosk((state) => state.signupProblem);
  const showStaff = useKiosk((state) => state.showStaff);
  const red = data?.lines.filter((line) => !line.ok).length ?? 0;
  return (
    <section className="staff-screen" aria-labelledby="checklist-title">
      <div className="staff-heading">
        <h1 id="checklist-title">Ready for the doors?</h1>
        <div className="staff-actions">
          <button type="button" className="staff-button" onClick={reload}>
            Check again
          </button>
          <button type="button" className="staff-button primary" onClick={() => showStaff('dashboard')}>
            Go to the dashboard
          </button>
        </div>
      </div>
      {error && <p className="staff-error">{error}</p>}
      {signupProblem && <p className="staff-error">Signups are not being saved: {signupProblem}</p>}
      {data && (
        <p className={`check-summary ${red ? 'fix' : 'ok'}`}>
          {red ? `${red} thing${red === 1 ? '' : 's'} to fix before the doors open.` : 'Everything is ready.'}
        </p>
      )}
      <ul className="check-list">
        {data?.lines.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </ul>
    </section>
  );
}
