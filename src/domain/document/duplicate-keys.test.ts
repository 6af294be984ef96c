import { describe, expect, it } from "vitest";
import { findDuplicateKeys } from "./duplicate-keys";

describe("findDuplicateKeys", () => {
  it("finds a key written twice in one object, with the object's path", () => {
    const text =
      '{"tables":{"03":{"rows":{"2010301":{"基本支出":"1"},"2010350":{},"2010301":{"基本支出":"2"}}}}}';
    expect(findDuplicateKeys(text)).toEqual([{ path: ["tables", "03", "rows"], key: "2010301" }]);
  });

  it("does not confuse the same key in different objects, keys inside strings, or escaped quotes", () => {
    const text = JSON.stringify({
      a: { x: 1, y: [{ x: 2 }, { x: 3 }] },
      b: { x: 'say "x", "x":' },
      'c"': { '"x"': 1, x: 2 },
    });
    expect(findDuplicateKeys(text)).toEqual([]);
  });

  it("decodes keys (an escaped key equals its plain spelling) and tracks array positions", () => {
    const text = '{"list":[{},{"k":1,"\\u006b":2}]}';
    expect(findDuplicateKeys(text)).toEqual([{ path: ["list", "1"], key: "k" }]);
  });

  it("stops after the limit", () => {
    const text = `{${Array.from({ length: 30 }, () => '"a":1').join(",")}}`;
    expect(findDuplicateKeys(text, 5)).toHaveLength(5);
  });
});
