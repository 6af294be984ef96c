import { describe, expect, it } from "vitest";
import { blankDocument } from "../testing/documents";
import { planAddSubjectRow } from "./subject-rows";
import { Workbook } from "./workbook";

describe("planAddSubjectRow", () => {
  it("takes a code typed as printed in 类/款/项 columns (201 03 01) as the joined code", () => {
    const plan = planAddSubjectRow(new Workbook(blankDocument()), "03", "201 03 01");
    expect(plan).toMatchObject({ ok: true, created: ["201", "20103", "2010301"] });
  });

  it("refuses a code with spaces in the wrong places, in Chinese", () => {
    const plan = planAddSubjectRow(new Workbook(blankDocument()), "03", "2010 301");
    expect(plan).toEqual({
      ok: false,
      message: "“2010 301”不是有效的科目编码：类 3 位、款 5 位、项 7 位数字",
    });
  });
});
