/** Empty tables: 07/08 empty ⇔ their fund in 04 is blank; an empty 07/08 needs its 说明. */
import { rowColumns } from "../../templates/structure";
import { type Bound, bound } from "../bind";
import type { CheckContext } from "../context";
import type { Instance } from "../instance";
import type { CellSet, EmptinessCheck, Finding, NoteCheck, Rule } from "../types";

function cellsOf(ctx: CheckContext, sets: readonly CellSet[]): Bound[] {
  return sets.flatMap((set) =>
    set.rows.flatMap((row) =>
      [...new Set(set.cols ?? rowColumns(ctx.table(set.table), row))]
        .filter((col) => ctx.hasCell(set.table, row, col))
        .map((col) => bound(ctx, set.table, row, col)),
    ),
  );
}

const nonEmpty = (ctx: CheckContext, cells: readonly Bound[]) =>
  cells.filter((cell) => {
    const shown = ctx.value(cell.id);
    return !shown.blank && shown.v !== 0n;
  });

const plain = (cells: readonly Bound[]) => cells.map(({ table, row, col }) => ({ table, row, col }));

function describeSide(ctx: CheckContext, cells: readonly Bound[]): string {
  const filled = nonEmpty(ctx, cells);
  const table = cells[0]?.table ?? "";
  if (filled.length === 0) return `${table}表相关单元格均为空`;
  const listed = filled
    .slice(0, 4)
    .map((c) => `${ctx.cellLabel(c.table, c.row, c.col)} ${ctx.printed(ctx.value(c.id))}`);
  return `${table}表有金额（${listed.join("，")}${filled.length > 4 ? " 等" : ""}）`;
}

export function expandEmptiness(rule: Rule, check: EmptinessCheck, ctx: CheckContext): Instance[] {
  const left = cellsOf(ctx, check.left);
  const right = cellsOf(ctx, check.right);
  if (left.length === 0 || right.length === 0) return [];
  const key = `${rule.id}|${(left[0] as Bound).table}|${(right[0] as Bound).table}`;
  return [
    {
      key,
      rule,
      reads: [...left, ...right].map((cell) => cell.id),
      evaluate(ctx: CheckContext): Finding | null {
        const leftFilled = nonEmpty(ctx, left).length > 0;
        if (leftFilled === nonEmpty(ctx, right).length > 0) return null;
        return {
          key,
          rule: rule.id,
          severity: rule.severity,
          message: `${rule.id} ${rule.title}：${describeSide(ctx, left)}，而${describeSide(ctx, right)}。`,
          cells: plain([...nonEmpty(ctx, left), ...nonEmpty(ctx, right)]),
        };
      },
    },
  ];
}

export function expandEmptyNote(rule: Rule, check: NoteCheck, ctx: CheckContext): Instance[] {
  const cells = cellsOf(ctx, check.cells);
  const key = `${rule.id}|${check.table}`;
  return [
    {
      key,
      rule,
      reads: cells.map((cell) => cell.id),
      meta: true,
      evaluate(ctx: CheckContext): Finding | null {
        if (nonEmpty(ctx, cells).length > 0 || (ctx.doc.notes?.[check.table] ?? "").trim() !== "")
          return null;
        return {
          key,
          rule: rule.id,
          severity: rule.severity,
          message: `${rule.id} ${rule.title}：${check.table}表没有数据，表下也没有说明（例如“我部门没有……，故本表无数据。”）。`,
          cells: plain(cells),
        };
      },
    },
  ];
}
