/**
 * Which table cells an N-rule evaluation read: the narrative reads values only through `shown`,
 * `derivedValue` and `unitsOf`, so a workbook whose value reads note the cell tells exactly which cells a finding
 * (and a paragraph's printed figures) depend on. Rows, names and the unit are not tracked: changing them is
 * a structural or meta edit, after which everything is evaluated again.
 */
import type { CellId } from "../engine/cell-id";
import type { Workbook } from "../workbook/workbook";

export class ReadRecorder {
  /** The workbook to evaluate with: the real one, with its value reads noted. */
  readonly workbook: Workbook;
  /** The reads of each open `record`, in order (a cell read twice is listed twice). */
  private readonly open: CellId[][] = [];

  constructor(real: Workbook) {
    const note = (id: CellId) => this.open.at(-1)?.push(id);
    this.workbook = forwardingWorkbook(real, {
      shown: (id: CellId) => {
        note(id);
        return real.shown(id);
      },
      derivedValue: (id: CellId) => {
        note(id);
        return real.derivedValue(id);
      },
      unitsOf: (id: CellId, scale: number, derived?: boolean) => {
        note(id);
        return real.unitsOf(id, scale, derived);
      },
    });
  }

  /** Runs `fn`, returning what it read; reads inside it count for every enclosing `record` too. */
  record<T>(fn: () => T): { value: T; reads: readonly CellId[] } {
    // An array, not a Set: a full 审核 records ~1,700 times, mostly a handful of cells each.
    const reads: CellId[] = [];
    this.open.push(reads);
    let value: T;
    try {
      value = fn();
    } finally {
      this.open.pop();
    }
    this.noteAll(reads);
    return { value, reads };
  }

  /** Reads made earlier on the current evaluation's behalf (a layout taken from the cache). */
  noteAll(reads: readonly CellId[]): void {
    const current = this.open.at(-1);
    if (current) for (const id of reads) current.push(id);
  }
}

type ValueReads = Pick<Workbook, "shown" | "derivedValue" | "unitsOf">;

/**
 * An object that answers as `real` does, its two value reads replaced. Plain accessors and bound methods,
 * made once, rather than a Proxy: the narrative asks the workbook tens of thousands of questions per
 * 审核, and a Proxy trap on each cost more than the rules themselves.
 */
function forwardingWorkbook(real: Workbook, reads: ValueReads): Workbook {
  const forward: Record<string, unknown> = {};
  const prototype = Object.getPrototypeOf(real) as object;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const method = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
    if (name !== "constructor" && typeof method === "function") forward[name] = method.bind(real);
    else if (name !== "constructor") forwardProperty(forward, real, name);
  }
  for (const name of Object.keys(real)) forwardProperty(forward, real, name);
  Object.assign(forward, reads);
  return forward as unknown as Workbook;
}

/** A property read from `real` when asked (a getter or a field that may change: `template`, `plan`). */
function forwardProperty(forward: object, real: Workbook, name: string): void {
  Object.defineProperty(forward, name, { get: () => Reflect.get(real, name, real), enumerable: true });
}

/**
 * Notes that `reader` read cell `id`. `fresh`: the reader's reads are noted for the first time since the
 * map was made, together, so a repeat is the list's last entry; otherwise (a re-evaluation) it may be
 * anywhere. Arrays rather than Sets: most cells have one or two readers.
 */
export function noteReader<T>(readers: Map<CellId, T[]>, id: CellId, reader: T, fresh: boolean): void {
  const list = readers.get(id);
  if (list === undefined) readers.set(id, [reader]);
  else if (fresh ? list[list.length - 1] !== reader : !list.includes(reader)) list.push(reader);
}
