import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Unit } from "../../document/model";
import { cellId } from "../../engine/cell-id";
import { add, money, multiply, toFileString, ZERO } from "../../money";
import type { Item } from "../../testing/consistent-document";
import { template2023 } from "../../testing/templates";
import { templateTenth, tenthDocument } from "../../testing/tenth-template";
import type { Edit } from "../../workbook/edits";
import { Workbook } from "../../workbook/workbook";
import { CheckSession } from "../session";
import { rulesFor } from "./further-tables";
import { RULES } from "./index";

const ITEMS: Item[] = [
  { code: "2010301", basic: 1_000_00, project: 0 },
  { code: "2010302", basic: 0, project: 500_00 },
  { code: "2080101", basic: 200_00, project: 50_00 },
];

function afterEdit(edits: readonly Edit[], unit: Unit = "万元") {
  const wb = new Workbook(tenthDocument(ITEMS, unit));
  const session = new CheckSession(wb);
  const result = wb.apply(edits);
  session.update(result);
  return session.findings();
}
const rulesOf = (findings: ReturnType<typeof afterEdit>) => [...new Set(findings.map((f) => f.rule))].sort();

describe("rules of a further table (10, 财政拨款支出决算明细表)", () => {
  it("templates of the nine tables keep the catalog as it is", () => {
    expect(rulesFor(template2023)).toBe(RULES);
  });

  it("10 gets one 表内 rule per formula, and the 科目 rules (层级, 名称, 栏目名) name it", () => {
    const rules = rulesFor(templateTenth);
    expect(rulesFor(templateTenth)).toBe(rules);
    const own = rules.filter((r) => r.id.startsWith("R10-"));
    expect(own.map((r) => `${r.id} ${r.title}`)).toEqual([
      "R10-1 10表 每行：合计 = 基本支出 + 项目支出",
      "R10-2 10表 合计 = Σ 类，类 = Σ 款，款 = Σ 项",
    ]);
    for (const id of ["C-1", "X-19", "R02-4", "C-4"]) {
      const rule = rules.find((r) => r.id === id);
      expect(JSON.stringify(rule?.checks), id).toContain('"10"');
    }
    expect(JSON.stringify(rules.find((r) => r.id === "C-2"))).not.toContain('"10"');
    expect(rules.length).toBe(RULES.length + 2);
  });

  it("a consistent document with table 10 has no finding", () => {
    expect(new CheckSession(new Workbook(tenthDocument(ITEMS))).findings()).toEqual([]);
  });

  it("a wrong stated row 合计 fires R10-1 at that row only", () => {
    const findings = afterEdit([{ kind: "set", table: "10", row: "2080101", col: "合计", value: "260.00" }]);
    expect(rulesOf(findings)).toEqual(["R10-1"]);
    expect(findings[0]?.cells.map((c) => `${c.table}|${c.row}|${c.col}`)).toContain("10|2080101|合计");
  });

  it("a wrong stated 款 or 合计 row fires R10-2", () => {
    expect(
      rulesOf(afterEdit([{ kind: "set", table: "10", row: "20103", col: "基本支出", value: "999.00" }])),
    ).toEqual(["R10-2"]);
    expect(
      rulesOf(afterEdit([{ kind: "set", table: "10", row: "合计", col: "项目支出", value: "1.00" }])),
    ).toEqual(["R10-2"]);
  });

  it("a 科目 name unlike the catalog and 03's fires C-1 and X-19; a 项 without its 款 fires R02-4", () => {
    expect(
      rulesOf(afterEdit([{ kind: "rename", table: "10", row: "2010301", name: "行政运转（错）" }])),
    ).toEqual(["C-1", "X-19"]);
    expect(rulesOf(afterEdit([{ kind: "putRow", table: "10", row: "20801", snapshot: undefined }]))).toEqual([
      "R02-4",
    ]);
  });

  it("stating any derived cell of 10 off by a cent or more fires R10 rules at that cell only (元: exact)", () => {
    const derived = [...new Workbook(tenthDocument(ITEMS, "元")).graph.formulas.keys()].filter((id) =>
      id.startsWith("10|"),
    );
    expect(derived.length).toBe(18);
    fc.assert(
      fc.property(fc.constantFrom(...derived), fc.integer({ min: 1, max: 100_000 }), (id, cents) => {
        const [table, row, col] = id.split("|") as [string, string, string];
        const wb = new Workbook(tenthDocument(ITEMS, "元"));
        const off = multiply(money(String(cents)), "0.01");
        const stated = toFileString(add(wb.shown(cellId(table, row, col)) ?? ZERO, off));
        const findings = afterEdit([{ kind: "set", table, row, col, value: stated }], "元");
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) {
          expect(f.rule).toMatch(/^R10-/);
          expect(f.cells.map((c) => `${c.table}|${c.row}|${c.col}`)).toContain(id);
        }
      }),
      { numRuns: 40 },
    );
  });
});
