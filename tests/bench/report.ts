/** One measured figure and its budget. Lower is better for every figure here. */
export interface Row {
  name: string;
  value: number;
  budget: number;
  unit: string;
}

/** Prints the rows as a table: name, value, budget, pass or miss. Returns true when all pass. */
export function report(rows: Row[]): boolean {
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(12)}  ${'budget'.padStart(12)}  result`);
  for (const row of rows) {
    const format = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ${row.unit}`.padStart(12);
    console.log(
      `${row.name.padEnd(width)}  ${format(row.value)}  ${format(row.budget)}  ${row.value <= row.budget ? 'pass' : 'miss'}`,
    );
  }
  return rows.every((row) => row.value <= row.budget);
}

/** The median of a few runs: one slow run on a noisy machine does not decide a figure. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
