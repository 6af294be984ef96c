import type { Money } from "../money";
import type { CellId } from "./cell-id";
import type { Graph } from "./graph";

/**
 * Every derived cell's value (null: blank), held in an array by the cell's place in `graph.order` and
 * looked up through `graph.rank`: a full pass fills the array and builds no map of its own (inserting
 * ~6,000 ids into a new map cost as much as the additions).
 */
export class DerivedValues {
  constructor(
    private readonly graph: Graph,
    /** By index in `graph.order`. */
    private readonly byRank: (Money | null)[],
  ) {}

  get size(): number {
    return this.byRank.length;
  }

  has(id: CellId): boolean {
    return this.graph.rank.has(id);
  }

  /** The value of a derived cell; undefined for any other cell. */
  get(id: CellId): Money | null | undefined {
    const rank = this.graph.rank.get(id);
    return rank === undefined ? undefined : (this.byRank[rank] as Money | null);
  }

  /** Sets a derived cell's value (only derived cells have one). */
  set(id: CellId, value: Money | null): void {
    const rank = this.graph.rank.get(id);
    if (rank === undefined) throw new Error(`${id} is not a derived cell`);
    this.byRank[rank] = value;
  }

  /** In `graph.order`. */
  *entries(): IterableIterator<[CellId, Money | null]> {
    const { order } = this.graph;
    for (let i = 0; i < order.length; i++) yield [order[i] as CellId, this.byRank[i] as Money | null];
  }

  values(): IterableIterator<Money | null> {
    return this.byRank[Symbol.iterator]();
  }

  keys(): IterableIterator<CellId> {
    return this.graph.order[Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<[CellId, Money | null]> {
    return this.entries();
  }
}
