import { describe, expect, it } from "vitest";
import { countFindings, countFindingsByTable, sortFindings } from "./order";
import type { Finding, Rule } from "./types";

function finding(
  key: string,
  severity: Finding["severity"],
  tables: string[],
  acknowledged = false,
): Finding {
  return {
    key,
    rule: "R",
    severity,
    message: key,
    cells: tables.map((table) => ({ table, row: "合计", col: "决算数" }) as Finding["cells"][number]),
    ...(acknowledged ? { acknowledged: { note: "说明", at: "2024-01-01T00:00:00Z" } } : {}),
  };
}

describe("countFindingsByTable", () => {
  it("counts a finding once in every table it touches, by severity, acknowledged apart", () => {
    const findings = [
      finding("a", "error", ["01", "03", "03"]),
      finding("b", "warning", ["03", "05", "03"], true),
      finding("c", "info", ["09"]),
    ];
    const counts = countFindingsByTable(findings);
    expect(Object.fromEntries(counts)).toEqual({
      "01": { error: 1, warning: 0, info: 0, acknowledged: 0 },
      "03": { error: 1, warning: 1, info: 0, acknowledged: 1 },
      "05": { error: 0, warning: 1, info: 0, acknowledged: 1 },
      "09": { error: 0, warning: 0, info: 1, acknowledged: 0 },
    });
  });

  it("agrees with countFindings over each table's findings", () => {
    const findings = Array.from({ length: 300 }, (_, i) =>
      finding(
        `k${i}`,
        (["error", "warning", "info"] as const)[i % 3] ?? "info",
        [["01", "03", "05"][i % 3] as string, "03"],
        i % 7 === 0,
      ),
    );
    for (const [table, counts] of countFindingsByTable(findings))
      expect(counts).toEqual(countFindings(findings.filter((f) => f.cells.some((c) => c.table === table))));
  });
});

describe("sortFindings", () => {
  /** The order by definition: a comparison sort on (table, severity, rule's catalog place), then key. */
  function reference(findings: readonly Finding[], rules: readonly Rule[]): Finding[] {
    const severity = { error: 0, warning: 1, info: 2 };
    const ruleRank = (id: string) =>
      Math.max(
        0,
        rules.findIndex((rule) => rule.id === id),
      );
    const rank = (f: Finding) =>
      (Number(f.cells[0]?.table ?? "09") * 3 + severity[f.severity]) * (rules.length + 1) + ruleRank(f.rule);
    return [...findings].sort((a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  it("orders by table, severity, rule and key, stably, as a comparison sort does", () => {
    const rules = ["R2", "R1", "R3"].map((id) => ({ id }) as Rule);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const tables = ["01", "03", "05", "09", "99"];
    // Keys share prefixes, run into each other ("k1" < "k10"), and mix one-byte, two-byte and astral text.
    const pieces = ["", "1", "10", "|05|", "小计", "基本支出", "项目支出", "𠀀", "Z"];
    const key = () => `k${pieces[next(pieces.length)]}${pieces[next(pieces.length)]}`;
    for (let round = 0; round < 20; round++) {
      const findings = Array.from({ length: next(200) }, (_, i) => ({
        ...finding(key(), (["error", "warning", "info"] as const)[next(3)] ?? "info", []),
        rule: ["R1", "R2", "R3", "R9"][next(4)] as string,
        cells: next(10) === 0 ? [] : finding("", "info", [tables[next(tables.length)] as string]).cells,
        message: String(i),
      }));
      expect(sortFindings([...findings], rules)).toEqual(reference(findings, rules));
    }
  });
});
