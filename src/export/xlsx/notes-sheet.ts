import type { Finding } from "../../domain/checks";
import { reviewList, visibleReplies } from "../../domain/review";
import type { Workbook } from "../../domain/workbook/workbook";
import { NOTES_SHEET } from "../../domain/xlsx/find-tables";
import type { OutCell, OutSheet } from "./out-model";

const SEVERITY: Record<Finding["severity"], string> = { error: "错误", warning: "提示", info: "尾差" };
const HEADER = ["类别", "规则或状态", "内容"];

function line(row: number, texts: readonly string[]): OutCell[] {
  return texts.map((text, i) => ({
    row,
    col: i + 1,
    value: text === "" ? null : { kind: "text", text },
    style: row === 1 ? "header" : "item",
  }));
}

/**
 * 审核与批注 as one sheet after the tables: every finding (severity, rule, message, likely cause, the 说明
 * of an acknowledged one), then every comment thread with its place, replies and state. All text cells.
 */
export function notesSheet(workbook: Workbook, findings: readonly Finding[]): OutSheet {
  const rows: string[][] = [HEADER];
  for (const f of findings) {
    const extra = [f.likelyCause, f.acknowledged ? `已说明：${f.acknowledged.note}` : undefined].filter(
      Boolean,
    );
    rows.push([`审核·${SEVERITY[f.severity]}`, f.rule, [f.message, ...extra].join("\n")]);
  }
  for (const { thread, where, resolved } of reviewList(workbook, workbook.doc.comments ?? [])) {
    const replies = visibleReplies(thread).map((r) => `${r.author}：${r.text}`);
    const first = thread.deleted ? "（已删除）" : `${thread.author}：${thread.text}`;
    rows.push([`批注·${where.label}`, resolved ? "已解决" : "未解决", [first, ...replies].join("\n")]);
  }
  if (rows.length === 1) rows.push(["", "", "没有审核结果和批注。"]);
  return {
    name: NOTES_SHEET,
    cells: rows.flatMap((texts, i) => line(i + 1, texts)),
    merges: [],
    widths: [28, 14, 90],
    frozenRows: 1,
    landscape: true,
  };
}
