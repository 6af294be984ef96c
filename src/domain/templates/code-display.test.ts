import { describe, expect, it } from "vitest";
import { template2023, templateShanghai } from "../testing/templates";
import { effectiveCodeDisplay, joinTypedCode, splitCode } from "./code-display";

describe("code display", () => {
  it("splits a code into 类, 款 and 项, leaving what a shorter code lacks empty", () => {
    expect(splitCode("2010301")).toEqual(["201", "03", "01"]);
    expect(splitCode("20103")).toEqual(["201", "03", ""]);
    expect(splitCode("201")).toEqual(["201", "", ""]);
  });

  it("takes the document's choice over the template's, and the template's when the document has none", () => {
    const split = { ...template2023, codeDisplay: "split" as const };
    expect(effectiveCodeDisplay(template2023, undefined)).toBe("joined");
    expect(effectiveCodeDisplay(split, undefined)).toBe("split");
    expect(effectiveCodeDisplay(split, "joined")).toBe("joined");
    expect(effectiveCodeDisplay(templateShanghai, "split")).toBe("split");
  });

  it("ignores a document value that is no display", () => {
    expect(effectiveCodeDisplay(template2023, "columns")).toBe("joined");
  });

  it("joins a code typed with spaces between 类, 款 and 项, and leaves anything else as typed", () => {
    expect(joinTypedCode(" 201 03 01 ")).toBe("2010301");
    expect(joinTypedCode("201\u300003")).toBe("20103");
    expect(joinTypedCode("2010301")).toBe("2010301");
    expect(joinTypedCode("2 010301")).toBe("2 010301");
    expect(joinTypedCode("201 3 01")).toBe("201 3 01");
  });
});
