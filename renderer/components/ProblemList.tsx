import type { LocatedProblem } from '../../main/api';

/** The content's errors, each with its `file:line:column`, as staff read them. */
export function ProblemList({ problems }: { problems: LocatedProblem[] }) {
  return (
    <ol className="problem-list">
      {problems
        .filter((problem) => problem.severity === 'error')
        .map((problem, index) => (
          <li key={index}>
            <code>{problem.where}</code> {problem.message}
          </li>
        ))}
    </ol>
  );
}
