/**
 * Problems listed per file. Past this many they are only counted, so that a file broken on every
 * one of 2 million rows gets its answer in seconds and the answer stays readable.
 */
export const MAX_LISTED_PROBLEMS = 100;

/** A list that keeps its first `limit` items and counts the rest. */
export class BoundedList<T> {
  readonly items: T[] = [];
  /** Items added after the list was full. */
  unlisted = 0;

  constructor(readonly limit = MAX_LISTED_PROBLEMS) {}

  get full(): boolean {
    return this.items.length >= this.limit;
  }

  get size(): number {
    return this.items.length + this.unlisted;
  }

  add(item: T): void {
    if (this.full) this.unlisted += 1;
    else this.items.push(item);
  }

  /** Counts an item without building it, once the list is full. */
  count(): void {
    this.unlisted += 1;
  }
}
