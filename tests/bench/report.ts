/**
 * What a figure is judged against. `ratio`: value ÷ floor at most this; `max`: the value itself at
 * most this (sizes, counts, and the few budgets the issues state in absolute terms); `over`: value −
 * floor at most this, in the row's unit. A row without a budget is printed for reading only.
 */
export type Budget = { ratio: number } | { max: number } | { over: number };

/** One printed figure: its judged value, the floor measured beside it, its spread, its budget. */
export interface Row {
  name: string;
  unit: string;
  /** The judged statistic of the samples (see `stat` of `row()`). */
  value: number;
  /** The same statistic of the floor's samples, measured in the same run, interleaved. */
  floor?: number;
  /** value ÷ floor. */
  ratio?: number;
  /** Median and p95 of the figure's own samples, and how many there were. */
  spread: { median: number; p95: number; n: number };
  budget?: Budget;
  /** The samples themselves, for `--verbose`. */
  samples: number[];
  floorSamples?: number[];
}

/** Which statistic a row judges: the median, the 95th percentile, the mean (total ÷ count), or the worst. */
export type Stat = 'median' | 'p95' | 'mean' | 'max';

/** Builds a row from its samples and, when it has one, its floor's samples. */
export function row(spec: {
  name: string;
  unit: string;
  samples: number[];
  floor?: number[];
  stat?: Stat;
  budget?: Budget;
}): Row {
  const stat = statistic[spec.stat ?? 'median'];
  const value = stat(spec.samples);
  const floor = spec.floor && stat(spec.floor);
  return {
    name: spec.name,
    unit: spec.unit,
    value,
    floor,
    ratio: floor === undefined ? undefined : value / floor,
    spread: { median: median(spec.samples), p95: p95(spec.samples), n: spec.samples.length },
    budget: spec.budget,
    samples: spec.samples,
    floorSamples: spec.floor,
  };
}

/** 'pass', 'miss', or 'info' for a row without a budget. A row that could not measure misses. */
export function verdict(row: Row): 'pass' | 'miss' | 'info' {
  const { budget } = row;
  if (!budget) return 'info';
  if ('max' in budget) return row.value <= budget.max ? 'pass' : 'miss';
  if (row.floor === undefined || !Number.isFinite(row.value)) return 'miss';
  if ('over' in budget) return row.value - row.floor <= budget.over ? 'pass' : 'miss';
  return row.value <= budget.ratio * row.floor ? 'pass' : 'miss';
}

/** Prints the rows as a table (with `verbose`, every sample after it). Returns true when no row misses. */
export function report(rows: Row[], verbose = false): boolean {
  const cells = rows.map((row) => {
    const n = (x: number | undefined) => (x === undefined ? '' : figure(x, row.unit));
    return [
      row.name,
      n(row.value),
      n(row.floor),
      row.ratio === undefined || !Number.isFinite(row.ratio) ? '' : `${row.ratio.toFixed(2)}×`,
      n(row.spread.median),
      n(row.spread.p95),
      String(row.spread.n),
      budgetText(row),
      verdict(row),
    ];
  });
  const head = ['figure', 'value', 'floor', 'ratio', 'median', 'p95', 'n', 'budget', 'result'];
  const widths = head.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: string[]) =>
    values.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const values of cells) console.log(line(values));
  if (verbose) {
    const list = (values: number[]) => values.map((x) => figure(x, '')).join(' ');
    for (const row of rows) {
      console.log(`\n${row.name} (${row.unit}):\n  value: ${list(row.samples)}`);
      if (row.floorSamples) console.log(`  floor: ${list(row.floorSamples)}`);
    }
  }
  return rows.every((row) => verdict(row) !== 'miss');
}

function budgetText(row: Row): string {
  const { budget } = row;
  if (!budget) return '';
  if ('ratio' in budget) return `≤ ${budget.ratio}×`;
  if ('max' in budget) return `≤ ${figure(budget.max, row.unit)}`;
  return `floor + ${figure(budget.over, row.unit)}`;
}

function figure(n: number, unit: string): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = Math.abs(n) >= 100 || Number.isInteger(n) ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return unit ? `${n.toFixed(digits)} ${unit}` : n.toFixed(digits);
}

/** The median: one slow run on a noisy machine does not decide a figure. */
export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** The 95th percentile (nearest rank): what the slowest few in twenty see. */
export function p95(values: number[]): number {
  return quantile(values, 0.95);
}

/** The mean; for rates, the figure over the whole measured time. */
export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, x) => sum + x, 0) / values.length : NaN;
}

const statistic: Record<Stat, (values: number[]) => number> = {
  median,
  p95,
  mean,
  max: (values) => (values.length ? Math.max(...values) : NaN),
};

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: an actual sample, never an interpolation between two.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
