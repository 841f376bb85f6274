import type { LocatedProblem, Problem } from './types';

/** Where a problem is, as every tool shows it: `file:line:column` (as much of it as is known). */
export function problemLocation(problem: Problem): string {
  return [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
}

/** Formats a problem the way the command line and the log show it: `file:line:column: message`. */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problemLocation(problem)}: ${tag}${problem.message}`;
}

/** The problem as the renderer shows it, its location already formatted by `problemLocation`. */
export function locateProblem(problem: Problem): LocatedProblem {
  return { ...problem, where: problemLocation(problem) };
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
