import { describe, expect, it } from "vitest";
import type { FigureExpr, Operand } from "./figures";
import { narrativeTemplate } from "./generate";
import { SEED_SUPPLEMENT } from "./seed/seed-2023";
import { type Part, slotsOf } from "./sentences";
import { supplementFields } from "./supplement";

function operandFields(operand: Operand): string[] {
  if ("field" in operand) return [operand.field];
  if ("fieldSum" in operand) return [operand.fieldSum];
  if ("sum" in operand) return operand.sum.flatMap(operandFields);
  return [];
}

function exprFields(expr: FigureExpr): string[] {
  switch (expr.kind) {
    case "amount":
    case "count":
      return operandFields(expr.of);
    case "share":
      return [...operandFields(expr.part), ...operandFields(expr.whole)];
    case "rate":
      return [...operandFields(expr.actual), ...operandFields(expr.budget)];
    default:
      return [...operandFields(expr.current), ...operandFields(expr.previous)];
  }
}

const conditionFields = (parts: readonly Part[]): string[] =>
  parts.flatMap((part) =>
    typeof part !== "string" && "when" in part && "zeroField" in part.when ? [part.when.zeroField] : [],
  );

describe("补充数据 fields of the 2023 template", () => {
  const fields = supplementFields("2023");
  const keys = fields.map((f) => f.key);
  const declared = (key: string) =>
    keys.includes(key) ||
    fields.some((f) => (f.perRow ? key.startsWith(`${f.key}·`) : false)) ||
    (key.includes("$subject") && keys.some((k) => k.startsWith(key.split("$subject")[0] ?? "")));

  it("declares each field once, with a label, a kind and a section of 情况说明", () => {
    expect(new Set(keys).size).toBe(keys.length);
    const sections = narrativeTemplate("2023").map((s) => s.id);
    for (const field of fields) {
      expect(field.label).toMatch(/[\u4e00-\u9fff]/);
      expect(sections).toContain(field.section);
    }
    expect(fields.find((f) => f.key === "年初预算")?.perRow).toEqual({ table: "05", rows: "leaves" });
  });

  it("covers issue 13's list: 上年数, 年初预算, 三公 details, 机关运行经费, 政府采购, 国有资产, 绩效", () => {
    for (const key of ["上年收支总计", "上年三公·公务接待费", "出国团组", "公务用车保有量", "外宾接待人次"])
      expect(keys).toContain(key);
    for (const key of [
      "机关运行经费",
      "政府采购服务",
      "授予小微企业",
      "车辆·执法执勤用车",
      "大型设备",
      "自评项目数",
    ])
      expect(keys).toContain(key);
  });

  it("declares every field the template's sentences read, and the sample fills only declared fields", () => {
    for (const section of narrativeTemplate("2023"))
      for (const paragraph of section.paragraphs) {
        const used = [
          ...slotsOf(paragraph.parts).flatMap((slot) => exprFields(slot.figure)),
          ...conditionFields(paragraph.parts),
        ];
        for (const key of used) expect(declared(key), `${section.id} ${key}`).toBe(true);
      }
    for (const key of Object.keys(SEED_SUPPLEMENT)) expect(declared(key), key).toBe(true);
  });
});
