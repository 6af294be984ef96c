import { describe, expect, it } from "vitest";
import { errorReason } from "./error-reason";

describe("errorReason: what a user reads of an error", () => {
  it("keeps the editor's own Chinese messages", () => {
    expect(errorReason(new Error("模板文件有误，未载入"))).toBe("模板文件有误，未载入");
  });

  it("says the browser's and libraries' English errors by kind, never quoting them", () => {
    expect(errorReason(new TypeError("Failed to fetch"))).toMatch(/^网络连接失败/);
    expect(errorReason(new TypeError("Failed to fetch dynamically imported module: /x.js"))).toMatch(
      /^网络连接失败/,
    );
    expect(errorReason(new DOMException("The file could not be read", "NotReadableError"))).toMatch(
      /^文件无法读取/,
    );
    expect(errorReason(new Error("End of data reached (data length = 0). Corrupted zip ?"))).toMatch(
      /^程序内部出错/,
    );
    expect(errorReason("boom")).not.toMatch(/boom/);
  });
});
