import { describe, expect, it } from "vitest";
import { cellId } from "../engine/cell-id";
import { formatAmount, money, percent } from "../money";
import { blankDocument, withTables } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import {
  bindSubject,
  changeDirection,
  evaluateFigure,
  explainFigure,
  type FigureExpr,
  type Operand,
} from "./figures";

const CAR = "预算数·公务用车购置及运行维护费";
const c = (table: "03" | "05" | "09", row: string, col: string): Operand => ({ cell: { table, row, col } });

function workbook(rows: Record<string, Record<string, string>>, table: "03" | "05" = "05"): Workbook {
  const doc = withTables(blankDocument(), { [table]: rows });
  for (const code of Object.keys(rows)) {
    const names = doc.tables[table]?.names ?? {};
    names[code] = `科目${code}`;
    const data = doc.tables[table];
    if (data) data.names = names;
  }
  return new Workbook(doc);
}

describe("figure references", () => {
  const wb = workbook({
    "201": {},
    "20101": {},
    "2010101": { 基本支出: "2.00" },
    "2010102": { 项目支出: "1.00" },
  });
  const ctx = { workbook: wb, supplement: { 上年: "2.40", 年初预算·2010101: "3.00", 年初预算·2010102: "0" } };

  it("reads a derived cell as computed and prints two decimals", () => {
    const value = evaluateFigure({ kind: "amount", of: c("05", "合计", "小计") }, ctx);
    expect(value.text).toBe("3.00");
    expect(value.cells).toEqual([{ table: "05", row: "合计", col: "小计" }]);
    expect(explainFigure({ kind: "amount", of: c("05", "合计", "小计") }, ctx)).toBe("05表·合计·小计 3.00");
  });

  it("calls a table as its template prints it: 上海's 05 is 表五", () => {
    const doc = withTables(blankDocument("shanghai-2024"), {
      "05": { "201": {}, "20101": {}, "2010101": { 基本支出: "2.00" } },
    });
    const shanghai = { workbook: new Workbook(doc), supplement: {} };
    expect(explainFigure({ kind: "amount", of: c("05", "合计", "小计") }, shanghai)).toBe(
      "表五·合计·小计 2.00",
    );
  });

  it("computes 占比 exactly, half up: 2 ÷ 3 = 66.67 %, 1 ÷ 3 = 33.33 %", () => {
    const share = (row: string): FigureExpr => ({
      kind: "share",
      part: c("05", row, "小计"),
      whole: c("05", "合计", "小计"),
    });
    expect(evaluateFigure(share("2010101"), ctx).text).toBe("66.67");
    expect(evaluateFigure(share("2010102"), ctx).text).toBe("33.33");
    expect(evaluateFigure(share("2010101"), ctx).percent).toBe(true);
  });

  it("rounds a rate half up at the third decimal (0.125 % → 0.13), or truncates when asked", () => {
    expect(formatAmount(percent(money("1"), money("800")) ?? money("-1"))).toBe("0.13");
    expect(formatAmount(percent(money("1"), money("800"), 2, "truncate") ?? money("-1"))).toBe("0.12");
    expect(formatAmount(percent(money("99.868"), money("100"), 2, "truncate") ?? money("-1"))).toBe("99.86");
  });

  it("has no 完成率 when the budget is 0 (and prints nothing)", () => {
    const rate = bindSubject(
      { kind: "rate", actual: c("05", "$subject", "小计"), budget: { field: "年初预算·$subject" } },
      "2010102",
    );
    const value = evaluateFigure(rate, ctx);
    expect(value.value).toBeNull();
    expect(value.text).toBeNull();
    expect(
      evaluateFigure(
        bindSubject(
          { kind: "rate", actual: c("05", "$subject", "小计"), budget: { field: "年初预算·$subject" } },
          "2010101",
        ),
        ctx,
      ).text,
    ).toBe("66.67");
  });

  it("sums a per-row field over the 项 of 05 (年初预算)", () => {
    const total = evaluateFigure({ kind: "amount", of: { fieldSum: "年初预算", table: "05" } }, ctx);
    expect(total.text).toBe("3.00");
    expect(total.fields).toEqual(["年初预算·2010101", "年初预算·2010102"]);
  });

  it("gives 增减额 and 增减 % against last year's figure, with the direction", () => {
    const change = { kind: "change", current: c("05", "合计", "小计"), previous: { field: "上年" } } as const;
    const pct = { kind: "changePct", current: c("05", "合计", "小计"), previous: { field: "上年" } } as const;
    expect(evaluateFigure(change, ctx).text).toBe("0.60");
    expect(evaluateFigure(pct, ctx).text).toBe("25.00");
    expect(changeDirection(pct, ctx)).toBe("增加");
    expect(explainFigure(pct, ctx)).toBe(
      "|05表·合计·小计 3.00 − 补充数据·上年 2.40| ÷ 补充数据·上年 2.40 × 100%",
    );
    expect(changeDirection(change, { ...ctx, supplement: { 上年: "4" } })).toBe("减少");
    expect(evaluateFigure(pct, { ...ctx, supplement: {} }).text).toBeNull();
  });

  it("counts blank cells and blank fields as 0 and prints counts without decimals", () => {
    expect(
      evaluateFigure({ kind: "amount", of: c("05", "合计", "基本支出") }, { ...ctx, workbook: workbook({}) })
        .text,
    ).toBe("0.00");
    expect(
      evaluateFigure({ kind: "count", of: { field: "团组" } }, { ...ctx, supplement: { 团组: "12" } }).text,
    ).toBe("12");
  });

  it("follows a table edit at once", () => {
    const expr: FigureExpr = { kind: "amount", of: c("05", "合计", "小计") };
    const live = workbook({ "201": {}, "20101": {}, "2010101": { 基本支出: "2.00" } });
    const before = evaluateFigure(expr, { workbook: live, supplement: {} }).text;
    live.apply([{ kind: "set", table: "05", row: "2010101", col: "基本支出", value: "5.25" }]);
    expect([before, evaluateFigure(expr, { workbook: live, supplement: {} }).text]).toEqual(["2.00", "5.25"]);
  });

  it("reads a stated total as stated, a blank one as derived (blank is not 0), all as derived in derived mode", () => {
    const doc = withTables(blankDocument(), {
      // The sample's 09: a 小计 stated blank above a 运行维护费 of 3.
      "09": { 三公经费: { [`${CAR}·公务用车运行维护费`]: "3", [`${CAR}·小计`]: null } },
    });
    const wb09 = new Workbook(doc);
    const expr: FigureExpr = {
      kind: "amount",
      of: c("09", "三公经费", "预算数·公务用车购置及运行维护费·小计"),
    };
    expect(wb09.isDerived(cellId("09", "三公经费", "预算数·公务用车购置及运行维护费·小计"))).toBe(true);
    expect(evaluateFigure(expr, { workbook: wb09, supplement: {} }).text).toBe("3.00");
    expect(evaluateFigure(expr, { workbook: wb09, supplement: {}, mode: "derived" }).text).toBe("3.00");
    const stated = new Workbook(
      withTables(blankDocument(), {
        "09": { 三公经费: { [`${CAR}·公务用车运行维护费`]: "3", [`${CAR}·小计`]: "4" } },
      }),
    );
    expect(evaluateFigure(expr, { workbook: stated, supplement: {} }).text).toBe("4.00");
    expect(evaluateFigure(expr, { workbook: stated, supplement: {}, mode: "derived" }).text).toBe("3.00");
  });
});
