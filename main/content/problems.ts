import type { Problem } from './types';

/** Formats a problem the way every tool shows it: `file:line:column: message`. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${tag}${problem.message}`;
}

/** Orders problems by file, then position, so a long list reads top to bottom like the files do. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** True when at least one problem stops the content from loading. */
export function hasErrors(problems: Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
