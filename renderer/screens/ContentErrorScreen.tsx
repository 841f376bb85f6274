import type { ContentState } from '../../main/content/types';

/**
 * Shown instead of the kiosk when there is no good content to show: says what is wrong and where,
 * large enough to read from two metres. The kiosk recovers by itself once the files are fixed.
 */
export function ContentErrorScreen({ state }: { state: ContentState }) {
  const errors = state.problems.filter((problem) => problem.severity === 'error');
  return (
    <main className="screen content-error" role="alert">
      <h1>The kiosk's content needs fixing</h1>
      <p>
        Content folder: <code>{state.folder}</code>
      </p>
      <ol className="problem-list">
        {errors.map((problem, index) => (
          <li key={index}>
            <code>
              {[problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':')}
            </code>{' '}
            {problem.message}
          </li>
        ))}
      </ol>
      <p>
        Fix the files and save them: this screen goes away by itself. To check a folder before an event, run
        npm run content:check.
      </p>
    </main>
  );
}
