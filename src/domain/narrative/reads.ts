/**
 * Which table cells an N-rule evaluation read: the narrative reads values only through `shown` and
 * `derivedValue`, so a workbook whose two value reads note the cell tells exactly which cells a finding
 * (and a paragraph's printed figures) depend on. Rows, names and the unit are not tracked: changing them is
 * a structural or meta edit, after which everything is evaluated again.
 */
import type { CellId } from "../engine/cell-id";
import type { Workbook } from "../workbook/workbook";

export class ReadRecorder {
  /** The workbook to evaluate with: the real one, with its value reads noted. */
  readonly workbook: Workbook;
  private readonly open: Set<CellId>[] = [];

  constructor(real: Workbook) {
    const note = (id: CellId) => this.open.at(-1)?.add(id);
    const shown = (id: CellId) => {
      note(id);
      return real.shown(id);
    };
    const derivedValue = (id: CellId) => {
      note(id);
      return real.derivedValue(id);
    };
    const bound = new Map<PropertyKey, unknown>();
    this.workbook = new Proxy(real, {
      get(target, key) {
        if (key === "shown") return shown;
        if (key === "derivedValue") return derivedValue;
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== "function") return value;
        let method = bound.get(key);
        if (method === undefined) {
          method = value.bind(target);
          bound.set(key, method);
        }
        return method;
      },
    });
  }

  /** Runs `fn`, returning what it read; reads inside it count for every enclosing `record` too. */
  record<T>(fn: () => T): { value: T; reads: Set<CellId> } {
    const reads = new Set<CellId>();
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
  noteAll(reads: ReadonlySet<CellId>): void {
    const current = this.open.at(-1);
    if (current) for (const id of reads) current.add(id);
  }
}
