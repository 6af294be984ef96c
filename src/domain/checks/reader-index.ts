import type { CheckPlan } from "./instance";

/** Cell (slot) → instances, as offsets into one list. */
export interface ReaderIndex {
  starts: Int32Array;
  list: Int32Array;
}

/**
 * Who reads each cell directly, sums first then the other instances: counted, then filled, so that an
 * edit finds its readers without a map per cell.
 */
export function buildReaderIndex(size: number, plan: CheckPlan): ReaderIndex {
  const { sums, others } = plan;
  const starts = new Int32Array(size + 1);
  sums.eachRead((_, slot) => {
    starts[slot + 1] = (starts[slot + 1] as number) + 1;
  });
  for (const instance of others)
    for (const slot of instance.reads) starts[slot + 1] = (starts[slot + 1] as number) + 1;
  for (let slot = 0; slot < size; slot++)
    starts[slot + 1] = (starts[slot + 1] as number) + (starts[slot] as number);
  const list = new Int32Array(starts[size] as number);
  const fill = starts.slice(0, size);
  sums.eachRead((index, slot) => {
    list[fill[slot] as number] = index;
    fill[slot] = (fill[slot] as number) + 1;
  });
  const first = sums.count;
  others.forEach((instance, i) => {
    for (const slot of instance.reads) {
      list[fill[slot] as number] = first + i;
      fill[slot] = (fill[slot] as number) + 1;
    }
  });
  return { starts, list };
}
