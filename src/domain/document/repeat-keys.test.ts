import { describe, expect, it } from "vitest";
import { mayRepeatKeys } from "./repeat-keys";

describe("mayRepeatKeys", () => {
  const check = (text: string) => mayRepeatKeys(text, JSON.parse(text));

  it("is false when every written key was kept, colons and escaped quotes inside strings included", () => {
    expect(check(JSON.stringify({ a: { x: 'say "x": 1', y: [{ z: "a\\" }, "\\:"] }, "k:": null }))).toBe(
      false,
    );
    expect(check('{"__proto__":{"a":1},"b":[]}')).toBe(false);
  });

  it("is true when an object lost a copy of a key, however deep", () => {
    expect(check('{"a":{"b":[{"c":1,"c":2}]}}')).toBe(true);
    expect(check('{"k":1,"\\u006b":2}')).toBe(true);
  });
});
