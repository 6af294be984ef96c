import { describe, expect, it } from "vitest";
import { KeyQueue, keyItem } from "./key-queue";

const key = (
  k: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("keyItem", () => {
  it("reads characters and moves, and leaves shortcuts and other keys alone", () => {
    expect(keyItem(key("7"))).toEqual({ kind: "char", ch: "7" });
    expect(keyItem(key("."))).toEqual({ kind: "char", ch: "." });
    expect(keyItem(key("Tab", { shiftKey: true }))).toEqual({ kind: "nav", key: "Tab", shift: true });
    expect(keyItem(key("ArrowDown"))).toEqual({ kind: "nav", key: "ArrowDown", shift: false });
    expect(keyItem(key("v", { ctrlKey: true }))).toBeNull();
    expect(keyItem(key("F2"))).toBeNull();
    expect(keyItem(key("Shift"))).toBeNull();
  });
});

describe("KeyQueue", () => {
  it("gives back the text up to the first move, then the move, in the order typed", () => {
    const queue = new KeyQueue();
    for (const k of ["9", "0", "0", "1", "Enter", "5"])
      queue.push(keyItem(key(k)) ?? { kind: "char", ch: "?" });
    expect(queue.takeText()).toBe("9001");
    expect(queue.takeText()).toBe("");
    expect(queue.take()).toEqual({ kind: "nav", key: "Enter", shift: false });
    expect(queue.takeText()).toBe("5");
    expect(queue.size).toBe(0);
  });
});
