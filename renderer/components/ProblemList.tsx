import type { Problem } from '../../main/api';

/** The content's errors, each with its `file:line:column`, as staff read them. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ol className="problem-list">
      {problems
        .filter((problem) => problem.severity === 'error')
        .map((problem, index) => (
          <li key={index}>
            <code>
              {[problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':')}
            </code>{' '}
            {problem.message}
          </li>
        ))}
    </ol>
  );
}
