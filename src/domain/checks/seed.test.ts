import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../document/parse";
import { Workbook } from "../workbook/workbook";
import { checkWorkbook } from "./session";
import type { Finding } from "./types";

const SAMPLE = new URL("../../../public/samples/seed-2023.json", import.meta.url);

function seedFindings(): readonly Finding[] {
  const parsed = parseDocumentText(readFileSync(SAMPLE, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return checkWorkbook(new Workbook(parsed.document));
}

const cellText = (f: Finding) => f.cells.map((c) => `${c.table}|${c.row}|${c.col}`);
const summary = (f: Finding) => ({ rule: f.rule, severity: f.severity, cells: cellText(f) });
const S = "三公经费";
const CAR = "预算数·公务用车购置及运行维护费";

/** CHECKS.md §7 items 1, 2 and 4 (item 3's 30110 hint included): every error and warning of the seed. */
const EXPECTED = [
  // 1. T02 hierarchy: 21011 = 5.97 but its 项 sum to 3.32; 2101103 (2.65 in 03 and 05) is missing.
  ...["本年收入合计", "财政拨款收入"].map((col) => ({
    rule: "R02-3",
    severity: "error",
    cells: [`02|21011|${col}`, `02|2101101|${col}`, `02|2101102|${col}`],
  })),
  {
    rule: "X-17",
    severity: "error",
    cells: ["03|2101103|本年支出合计", "02|21011|本年收入合计", "01|年初结转和结余|决算数"],
  },
  // 2. T09 预算: 小计 blank while 运行维护费 = 3, so 合计 4 ≠ 0 + 0 + 1; figures printed as integers.
  {
    rule: "R09-1",
    severity: "error",
    cells: ["预算数·合计", "预算数·因公出国（境）费", `${CAR}·小计`, "预算数·公务接待费"].map(
      (c) => `09|${S}|${c}`,
    ),
  },
  {
    rule: "R09-2",
    severity: "error",
    cells: [`${CAR}·小计`, `${CAR}·公务用车购置费`, `${CAR}·公务用车运行维护费`].map((c) => `09|${S}|${c}`),
  },
  ...["预算数·公务接待费", `${CAR}·公务用车运行维护费`, "预算数·合计"].map((c) => ({
    rule: "R09-5",
    severity: "warning",
    cells: [`09|${S}|${c}`],
  })),
  // 3. (hint) 06 30110 3.34 vs 05 2101101 + 2101102 = 3.32.
  {
    rule: "X-18",
    severity: "warning",
    cells: ["06|30110|决算数", "05|2101101|基本支出", "05|2101102|基本支出"],
  },
  // 4. Names.
  { rule: "C-4", severity: "warning", cells: ["01|附属单位上缴收入|名称"] },
  { rule: "C-1", severity: "warning", cells: ["02|20103|名称", "03|20103|名称", "05|20103|名称"] },
  { rule: "C-4", severity: "warning", cells: ["02|表头|附属单位上缴收入"] },
  { rule: "C-4", severity: "warning", cells: ["03|表头|对附属单位补助支出"] },
  { rule: "X-19", severity: "warning", cells: ["03|2101103|名称", "05|2101103|名称"] },
  { rule: "C-1", severity: "warning", cells: ["05|2101103|名称"] },
  ...["30108", "30217", "30399"].map((code) => ({
    rule: "C-2",
    severity: "warning",
    cells: [`06|${code}|名称`],
  })),
];

const sortKey = (s: { rule: string; cells: string[] }) => `${s.rule} ${s.cells.join(",")}`;
const sorted = <T extends { rule: string; cells: string[] }>(list: T[]) =>
  [...list].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

describe("审核 on the seed (public/samples/seed-2023.json)", () => {
  const findings = seedFindings();

  it("finds exactly the table and name violations of CHECKS.md §7 items 1–4", () => {
    const violations = findings.filter((f) => f.severity !== "info").map(summary);
    expect(sorted(violations)).toEqual(sorted(EXPECTED));
  });

  it("reports no error for a rule CHECKS.md marks ✅ or ⚠️ on the seed", () => {
    const errorRules = new Set(findings.filter((f) => f.severity === "error").map((f) => f.rule));
    expect([...errorRules].sort()).toEqual(["R02-3", "R09-1", "R09-2", "X-17"]);
  });

  it("explains the 21011 gap by the missing 2101103 row (2.65 in 03 and 05)", () => {
    const r023 = findings.filter((f) => f.rule === "R02-3");
    for (const f of r023) {
      expect(f.values).toEqual({ left: "5.97", right: "3.32", difference: "2.65" });
      expect(f.message).toContain("02表·21011 行政事业单位医疗");
      expect(f.likelyCause).toContain("2101103 公务员医疗补助");
      expect(f.likelyCause).toContain("03表 本年支出合计 2.65");
      expect(f.likelyCause).toContain("05表 本年支出·小计 2.65");
    }
  });

  it("names the blank 小计 against 运行维护费 3 (a stated blank over a non-blank sum)", () => {
    const r092 = findings.find((f) => f.rule === "R09-2");
    expect(r092?.values).toEqual({ left: "", right: "3.00", difference: "-3.00" });
    expect(r092?.message).toContain("为 空白");
  });

  it("reports the 507.93 / 507.92 and 104.38 / 104.37 tails as info (尾差)", () => {
    const info = findings.filter((f) => f.severity === "info");
    const tails = info.map(
      (f) =>
        `${f.rule} ${f.cells[0]?.table}|${f.cells[0]?.row}|${f.cells[0]?.col} ${f.values?.left} ${f.values?.right}`,
    );
    expect(tails.sort()).toEqual(
      [
        "R01-2 01|本年支出合计|决算数 507.92 507.93",
        "R02-2 02|合计|本年收入合计 507.92 507.93",
        "R02-2 02|合计|财政拨款收入 507.92 507.93",
        "R03-2 03|合计|本年支出合计 507.92 507.93",
        "R03-2 03|合计|基本支出 104.37 104.38",
        "R04-5 04|本年支出合计|合计 507.92 507.93",
        "R04-5 04|本年支出合计|一般公共预算财政拨款 507.92 507.93",
        "R05-2 05|合计|小计 507.92 507.93",
        "R05-2 05|合计|基本支出 104.37 104.38",
      ].sort(),
    );
    for (const f of info) {
      expect(f.values?.difference).toBe("-0.01");
      expect(f.message).toContain("属尾差");
    }
  });

  it("gives every finding a unique key and a Chinese message naming its rule", () => {
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    for (const f of findings) expect(f.message.startsWith(f.rule)).toBe(true);
  });
});
