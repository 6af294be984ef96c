/** Interval comparison (XBRL Calculations 1.1 style): "=" holds when the intervals overlap. */

/** The outcome of comparing two sums (kinds/sums.ts), for messages. */
export interface Outcome {
  /** left − right, as printed (midpoints), in units (see `Shown`). */
  diff: number | bigint;
  /** Half-width of the difference's interval: half × (amounts on both sides). */
  tolerance: number | bigint;
  /** The relation holds for the intervals. */
  holds: boolean;
  /** It holds for the printed numbers too. */
  exact: boolean;
}
