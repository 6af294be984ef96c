import { describe, expect, it } from "vitest";
import { template2023, templateShanghai } from "../testing/templates";
import { effectiveCodeDisplay, splitCode } from "./code-display";

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
});
