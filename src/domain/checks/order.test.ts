import { describe, expect, it } from "vitest";
import { countFindings, countFindingsByTable } from "./order";
import type { Finding } from "./types";

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
