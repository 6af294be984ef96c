import type { CheckContext } from "./context";
import type { CheckPlan } from "./instance";
import { causeReads } from "./likely-cause";

type Index = Map<number, number[]>;

/**
 * Who reads each cell for the likely cause of a sum check's finding. Only checks with an error or warning
 * need their cause kept current: those that fire are noted until the first update asks, then indexed,
 * then added as they fire. Cause reads depend on rows only: one register per check and session.
 */
export class CauseReaders {
  private index: Index | null = null;
  private pending: number[] = [];
  private readonly registered = new Set<number>();
  /** Every check's cause reads (for `rulesReading`), built on first use. */
  private all: Index | null = null;

  constructor(
    private readonly ctx: CheckContext,
    private readonly sums: CheckPlan["sums"],
  ) {}

  /** A sum check fired with a likely cause to keep current. */
  fired(check: number): void {
    if (this.index) this.register(this.index, check);
    else this.pending.push(check);
  }

  /** The fired checks whose likely cause reads `slot`. */
  readersOf(slot: number): readonly number[] {
    return this.indexed().get(slot) ?? [];
  }

  /** Indexes the fired checks now rather than on the first update. */
  prepare(): void {
    this.indexed();
  }

  private indexed(): Index {
    if (!this.index) {
      const index: Index = new Map();
      for (const check of this.pending) this.register(index, check);
      this.index = index;
      this.pending = [];
    }
    return this.index;
  }

  /** Every check whose likely cause would read `slot`, fired or not. */
  allReadersOf(slot: number): readonly number[] {
    if (!this.all) {
      const all: Index = new Map();
      for (let check = 0; check < this.sums.count; check++)
        if (this.sums.hasCauses(check, this.ctx)) this.addReads(all, check);
      this.all = all;
    }
    return this.all.get(slot) ?? [];
  }

  private register(index: Index, check: number): void {
    if (this.registered.has(check)) return;
    this.registered.add(check);
    this.addReads(index, check);
  }

  private addReads(index: Index, check: number): void {
    for (const slot of causeReads(this.ctx, this.sums.reads(check))) {
      const list = index.get(slot);
      if (list === undefined) index.set(slot, [check]);
      else if (list[list.length - 1] !== check) list.push(check);
    }
  }
}
