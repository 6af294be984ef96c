/**
 * A growable list of 32-bit integers in one typed array: tens of thousands of numbers pushed per
 * evaluation stay off the JS heap (no copying by the garbage collector, no boxed growth).
 */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** Drops the values from index `length` on. */
  truncate(length: number): void {
    this.length = length;
  }

  get(index: number): number {
    return this.data[index] as number;
  }
}
