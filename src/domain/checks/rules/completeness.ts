/** Completeness: empty 07/08 need their 说明; an empty 07/08 matches blank funds in 04. */
import { FUNDS } from "../../templates/keys";
import type { CellSet, Rule } from "../types";

const [, GF, GC] = FUNDS;
const totalRow = (table: "07" | "08"): CellSet => ({ table, rows: ["合计"] });
const fundIn04 = (fund: string): CellSet[] => [
  { table: "04", rows: [fund, `年初结转和结余·${fund}`], cols: ["金额"] },
  { table: "04", rows: ["本年支出合计", "年末财政拨款结转和结余"], cols: [fund] },
];

export const COMPLETENESS: readonly Rule[] = [
  {
    id: "R07-4",
    severity: "warning",
    group: "完整性",
    title: "07表无数据时须有说明",
    description:
      "政府性基金预算财政拨款收入支出决算表为空时，保留表样并在表下说明无数据的原因（如“本表无数据”）。",
    checks: [{ kind: "emptyNote", table: "07", cells: [totalRow("07")] }],
  },
  {
    id: "R08-3",
    severity: "warning",
    group: "完整性",
    title: "08表无数据时须有说明",
    description: "国有资本经营预算财政拨款支出决算表为空时，保留表样并在表下说明无数据的原因。",
    checks: [{ kind: "emptyNote", table: "08", cells: [totalRow("08")] }],
  },
  {
    id: "X-15",
    severity: "error",
    group: "表间",
    title: "07、08表是否为空与04表一致",
    description:
      "07表为空，当且仅当04表政府性基金预算财政拨款的收入、年初、支出、年末均为空或零；08表与国有资本经营预算财政拨款同理。",
    checks: [
      { kind: "sameEmptiness", left: [totalRow("07")], right: fundIn04(GF) },
      { kind: "sameEmptiness", left: [totalRow("08")], right: fundIn04(GC) },
    ],
  },
];
