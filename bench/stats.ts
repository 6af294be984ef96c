/** Small helpers shared by the benchmark scripts. */

/** The q-quantile (0…1) of the samples, nearest-rank on the sorted list. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds rounded to 0.001 ms for the JSON report. */
export function ms(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: ms(median(samples)),
    p95: ms(quantile(samples, 0.95)),
    min: ms(Math.min(...samples)),
    max: ms(Math.max(...samples)),
  };
}

/** One human-readable line: "name  median 1.234 ms  p95 2.345 ms  (n=20, min…max)". */
export function formatLine(name: string, s: Summary): string {
  return `${name.padEnd(26)} median ${s.median.toFixed(3).padStart(9)} ms   p95 ${s.p95
    .toFixed(3)
    .padStart(9)} ms   (n=${s.n}, ${s.min.toFixed(3)}…${s.max.toFixed(3)})`;
}

/** `global.gc` when node runs with --expose-gc. */
const collect = (globalThis as { gc?: () => void }).gc;

/**
 * Runs `fn` `warmup` times untimed, then `runs` times timed; returns the timings in ms. With --expose-gc
 * and `settle`, a full collection runs (untimed) before each timed run, so one run's garbage does not land
 * in the next run's time.
 */
export function time(runs: number, warmup: number, fn: (i: number) => void, settle = true): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (settle) collect?.();
    const start = performance.now();
    fn(warmup + i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** `--name value` from argv. */
export function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
