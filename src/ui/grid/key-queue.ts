/** Keys that move between cells (and, while typing into a cell, commit it first). */
export type NavKey = "Enter" | "Tab" | "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Escape";

/** A keystroke as the grid's typing model sees it: a character typed, or a move. */
export type KeyItem = { kind: "char"; ch: string } | { kind: "nav"; key: NavKey; shift: boolean };

const NAV_KEY = /^(Enter|Tab|Escape|Arrow(Up|Down|Left|Right))$/;

/** What a keydown means for typing; null for shortcuts and keys that neither type nor move. */
export function keyItem(
  e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">,
): KeyItem | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key.length === 1) return { kind: "char", ch: e.key };
  if (NAV_KEY.test(e.key)) return { kind: "nav", key: e.key as NavKey, shift: e.shiftKey };
  return null;
}

/**
 * Keystrokes that arrived while no cell editor could take them: between the key that starts an edit and
 * the moment AG Grid's editor has the focus, or on the placeholder table before AG Grid has loaded. They
 * are replayed, in order, once an editor (or the grid) is there.
 */
export class KeyQueue {
  private items: KeyItem[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: KeyItem): void {
    this.items.push(item);
  }

  /** Takes the characters at the head of the queue (up to the first move). */
  takeText(): string {
    let text = "";
    while (this.items[0]?.kind === "char") text += (this.items.shift() as { ch: string }).ch;
    return text;
  }

  /** Takes the next item, whatever it is. */
  take(): KeyItem | undefined {
    return this.items.shift();
  }

  clear(): void {
    this.items = [];
  }
}

/** One queue per table: the placeholder fills it, the grid that replaces it replays it. */
const queues = new Map<string, KeyQueue>();

export function keyQueue(table: string): KeyQueue {
  let queue = queues.get(table);
  if (!queue) {
    queue = new KeyQueue();
    queues.set(table, queue);
  }
  return queue;
}
