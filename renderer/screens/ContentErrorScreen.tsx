import type { ContentState } from '../../main/api';
import { ProblemList } from '../components/ProblemList';

/**
 * Shown instead of the kiosk when there is no good content to show: says what is wrong and where,
 * large enough to read from two metres. The kiosk recovers by itself once the files are fixed.
 */
export function ContentErrorScreen({ state }: { state: ContentState }) {
  return (
    <main className="screen content-error" role="alert">
      <h1>The kiosk's content needs fixing</h1>
      <p>
        Content folder: <code>{state.folder}</code>
      </p>
      <ProblemList problems={state.problems} />
      <p>
        Fix the files and save them: this screen goes away by itself. To check a folder before an event, run
        npm run content:check.
      </p>
    </main>
  );
}
