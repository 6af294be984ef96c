import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../document/parse";
import { Workbook } from "../workbook/workbook";
import { countFindingsByTable } from "./order";
import { findingsByTable, findingText, ruleStates, ruleTitle } from "./presentation";
import { checkWorkbook } from "./session";
import type { Finding } from "./types";

function sampleFindings(): readonly Finding[] {
  const parsed = parseDocumentText(readFileSync("public/samples/seed-2023.json", "utf8"));
  if (!parsed.ok) throw new Error("sample does not parse");
  return checkWorkbook(new Workbook(parsed.document));
}

const finding = (rule: string, severity: Finding["severity"], message = `${rule} 标题：内容`): Finding => ({
  key: `${rule}|${severity}`,
  rule,
  severity,
  message,
  cells: [{ table: "03", row: "合计", col: "基本支出" }],
});

describe("findingText", () => {
  it("puts the finding's own words first and keeps the rule id and Σ title for hover", () => {
    for (const f of sampleFindings()) {
      const { head, body } = findingText(f);
      expect(head.startsWith(f.rule), f.message).toBe(true);
      expect(body.startsWith(f.rule)).toBe(false);
      expect(body).not.toMatch(/^\S*Σ/);
      expect(`${head}：${body}`).toBe(f.message);
    }
  });

  it("leaves a message without the usual head whole", () => {
    expect(findingText(finding("X", "error", "没有冒号的说明"))).toEqual({
      head: "X",
      body: "没有冒号的说明",
    });
  });
});

describe("ruleStates", () => {
  it("groups a cell's rules by the worst finding of each: a 尾差 is 尾差, not an error", () => {
    const states = ruleStates(
      ["A", "B", "C", "D"],
      [finding("B", "info"), finding("C", "warning"), finding("C", "error"), finding("Z", "error")],
    );
    expect(Object.fromEntries(states)).toEqual({ error: ["C"], info: ["B"], ok: ["A", "D"] });
  });

  it("names a rule by its catalog title", () => {
    expect(ruleTitle("R01-2")).toMatch(/^R01-2 \S/);
    expect(ruleTitle("nope")).toBe("nope");
  });
});

describe("findingsByTable", () => {
  it("lists under each table exactly what the table list counts there (the sample's 01 included)", () => {
    const findings = sampleFindings();
    const groups = findingsByTable(findings);
    const counts = countFindingsByTable(findings);
    expect([...groups.keys()]).toEqual([...counts.keys()].sort());
    for (const [table, c] of counts) {
      const group = groups.get(table) ?? [];
      expect(group.filter((f) => f.severity === "error").length, table).toBe(c.error);
      expect(group.filter((f) => f.severity === "warning").length, table).toBe(c.warning);
      expect(group.filter((f) => f.severity === "info").length, table).toBe(c.info);
    }
    expect(counts.get("01")?.error).toBeGreaterThan(0);
  });

  it("lists 错误 before 提示 before 尾差 within a table", () => {
    const groups = findingsByTable([finding("A", "info"), finding("B", "warning"), finding("C", "error")]);
    expect(groups.get("03")?.map((f) => f.rule)).toEqual(["C", "B", "A"]);
  });
});
