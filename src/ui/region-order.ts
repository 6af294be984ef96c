/** The regions F6 / Shift+F6 move between, in this order (then round again). */
export const REGIONS = ["tables", "grid", "side", "header"] as const;

export type Region = (typeof REGIONS)[number];

/**
 * The region after (`step` 1) or before (-1) region `current` (-1: focus is in none) among those shown;
 * -1 when none is shown.
 */
export function nextRegion(current: number, step: 1 | -1, shown: readonly boolean[]): number {
  const count = REGIONS.length;
  let index = current < 0 ? (step > 0 ? -1 : count) : current;
  for (let tries = 0; tries < count; tries++) {
    index = (index + step + count) % count;
    if (shown[index]) return index;
  }
  return -1;
}
