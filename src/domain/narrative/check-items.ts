import { NAME_COL } from "../checks/types";
import { cellId } from "../engine/cell-id";
import { abs, add, compare, formatAmount, money, subtract, ZERO } from "../money";
import { tableName } from "../templates/table-names";
import type { FigureContext, FigureExpr } from "./figures";
import { leafRows } from "./figures";
import type { FindingInput, NarrativePlace } from "./findings";
import { judgeFigure } from "./judge";
import { isZero, type Located, paragraphsOf, place } from "./located";
import type { Publication } from "./model";
import { normaliseName } from "./names";
import { typedAmount, typedNumbers } from "./numbers";
import { quote } from "./quote";
import { narrativeRule } from "./rules";
import type { SubjectTable } from "./sentences";

/** N-6: 五(二) lists every non-zero class of 05 with its amount and share, and nothing else. */
export function classList(at: Located, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  const { workbook } = ctx;
  // A length test first: a large document has thousands of 项 rows and a few dozen 类.
  const isClass = (row: string) => row.length === 3 && /^\d{3}$/.test(row);
  const classes05 = workbook.rows("05").filter(isClass);
  const classes = [...new Set([...classes05, ...workbook.rows("01").filter(isClass)])];
  const in05 = new Set(classes05);
  const className = (code: string) => (in05.has(code) ? workbook.rowName("05", code) : "");
  const t05 = tableName(workbook.template, "05");
  // Each class's names as a typed name starts: normalised once, not once per listed item.
  const starts = new Map(
    classes.map((code) => [
      code,
      [className(code), workbook.rowName("01", code)]
        .filter((n) => n !== "")
        .map((name) => normaliseName(name).replace(/支出$/, "")),
    ]),
  );
  const colon = at.text.indexOf("：");
  // No "：" means no list: the generated text leaves out an empty list with its lead-in.
  if (colon < 0) return [];
  const listStart = colon + 1;
  const listed = new Set<string>();
  let shares = ZERO;
  let offset = listStart;
  for (const item of at.text.slice(listStart).split(/[；。]/)) {
    const start = offset;
    offset += item.length + 1;
    const numbers = typedNumbers(item);
    const amount = numbers.find((n) => !n.percent && n.unitAfter === "万元");
    if (amount === undefined) continue;
    const typedName = item.slice(0, amount.start);
    const typedStart = normaliseName(typedName);
    const code = classes.find((c) => (starts.get(c) ?? []).some((start) => typedStart.startsWith(start)));
    const where = place(at, start, start + item.length);
    const share = numbers.find((n) => n.percent);
    if (share) shares = add(shares, typedAmount(share));
    const amountCell = { table: "05" as const, row: code ?? "合计", col: "小计" };
    const inTable = code !== undefined && !isZero(workbook.shown(cellId("05", code, "小计")));
    if (code === undefined || !inTable) {
      const zero = typedAmount(amount);
      out.push({
        rule: "N-6",
        severity: isZero(zero) ? "warning" : "error",
        message: isZero(zero)
          ? `五、（二）列示了${quote(typedName.trim())}0.00 万元：${t05}无此类支出，不涉及的不列`
          : `五、（二）列示了${quote(typedName.trim())}${amount.digits} 万元，但${t05}没有此类支出`,
        place: where,
        keyPart: normaliseName(typedName),
        cells: code ? [amountCell] : [],
      });
      continue;
    }
    listed.add(code);
    const printedName = normaliseName(typedName);
    const nameIn05 = normaliseName(workbook.rowName("05", code));
    if (printedName !== nameIn05)
      out.push({
        rule: "N-6",
        severity: "warning",
        message: `五、（二）类名${quote(typedName.trim())}与${t05}${quote(workbook.rowName("05", code))}不一致`,
        place: where,
        keyPart: `名称|${code}`,
        cells: [{ table: "05", row: code, col: NAME_COL }],
      });
    const amountExpr: FigureExpr = { kind: "amount", of: { cell: amountCell } };
    const shareExpr: FigureExpr = {
      kind: "share",
      part: { cell: amountCell },
      whole: { cell: { table: "05", row: "合计", col: "小计" } },
    };
    for (const [number, expr] of [
      [amount, amountExpr],
      [share, shareExpr],
    ] as const) {
      if (number === undefined) continue;
      const verdict = judgeFigure(number, expr, ctx, "error");
      if (!verdict.ok)
        out.push({
          rule: "N-6",
          severity: verdict.severity,
          message: `五、（二）${quote(item.trim())}中的 ${number.digits}${number.percent ? "%" : ""}${verdict.problem}：应为 ${verdict.expected.text ?? "—"}`,
          place: place(at, start + number.start, start + number.end),
          keyPart: `${code}|${number.percent ? "占比" : "金额"}`,
          cells: verdict.expected.cells,
        });
    }
  }
  for (const code of classes) {
    if (listed.has(code) || isZero(workbook.shown(cellId("05", code, "小计")))) continue;
    out.push({
      rule: "N-6",
      severity: "error",
      message: `五、（二）未列示${tableName(workbook.template, "05")}的${quote(workbook.rowName("05", code))}`,
      place: place(at),
      keyPart: `未列示|${code}`,
      cells: [{ table: "05", row: code, col: "小计" }],
    });
  }
  const total = formatAmount(shares);
  if (listed.size > 0 && compare(abs(subtract(money(total), money("100"))), money("0.02")) > 0)
    out.push({
      rule: "N-6",
      severity: "warning",
      message: `五、（二）所列占比合计 ${total}%，应为 100.00%`,
      place: place(at),
      keyPart: "占比合计",
      cells: [...listed, "合计"].map((row) => ({ table: "05" as const, row, col: "小计" })),
    });
  return out;
}

/**
 * A list of 项 items, each described once (N-8) under its table's names (N-9): 五(三) over 05, and 上海's
 * 八 and 九 over 07 and 08.
 */
export interface ItemList {
  /** The paragraph the items follow: a missing item's finding points at it. */
  anchor: string;
  /** The items' role. */
  item: string;
  table: SubjectTable;
  /** Where a finding says it is: "五、（三）". */
  label: string;
  /** The column a 项's finding points at. */
  col: string;
}

export const ITEMS_05: ItemList = {
  anchor: "五.具体",
  item: "五.具体.项",
  table: "05",
  label: "五、（三）",
  col: "小计",
};

/** N-8: every 项 of the list's table is described once. */
export function itemCoverage(
  list: ItemList,
): (publication: Publication, ctx: FigureContext) => FindingInput[] {
  return (publication, ctx) => {
    const anchor = paragraphsOf(publication, ctx, list.anchor)[0];
    if (anchor === undefined) return [];
    const out: FindingInput[] = [];
    const counts = new Map<string, number>();
    // Only the subjects count: the items' printed text (and the cells it reads) plays no part.
    for (const section of publication.narrative)
      for (const paragraph of section.paragraphs) {
        if (paragraph.role !== list.item) continue;
        const subject = paragraph.subject ?? "";
        counts.set(subject, (counts.get(subject) ?? 0) + 1);
      }
    const called = tableName(ctx.workbook.template, list.table);
    for (const code of leafRows(ctx.workbook, list.table)) {
      const count = counts.get(code) ?? 0;
      if (count === 1) continue;
      const name = ctx.workbook.rowName(list.table, code);
      out.push({
        rule: "N-8",
        severity: narrativeRule("N-8").severity,
        message:
          count === 0
            ? `${list.label}未说明${called}的项级科目 ${code} ${name}`
            : `${list.label}科目 ${code} ${name} 说明了 ${count} 次`,
        place: place(anchor),
        cells: [{ table: list.table, row: code, col: list.col }],
      });
    }
    return out;
  };
}

/** N-9: the 类/款/项 names of each item are the names in its table. */
const PATH = /^(?:\d+[.、]\s*)?(.+?)（类）(.+?)（款）(.+?)（项）/;
/** PATH with the places of its names: asked only for a finding (most items name their rows right). */
const PATH_PLACES = new RegExp(PATH.source, "d");

export function itemNames(list: ItemList): (at: Located, ctx: FigureContext) => FindingInput[] {
  return (at, ctx) => {
    const code = at.paragraph.subject;
    if (code === undefined) return [];
    // The generated title holds the whole path: read alone, it matches as title + text would (the match is
    // anchored and lazy), without a copy of each of 2,000 items' text.
    const { title } = at.paragraph;
    const inTitle = title ? PATH.exec(title) : null;
    const path = inTitle ?? PATH.exec(title ? `${title}${at.text}` : at.text);
    if (!path) return [];
    let out: FindingInput[] | undefined;
    for (let level = 0; level < 3; level++) {
      const row = level === 2 ? code : code.slice(0, level === 0 ? 3 : 5);
      const typed = path[level + 1] ?? "";
      const inTable = ctx.workbook.rowName(list.table, row);
      if (typed === inTable || normaliseName(typed) === normaliseName(inTable)) continue;
      const called = tableName(ctx.workbook.template, list.table);
      out ??= [];
      out.push({
        rule: "N-9",
        severity: narrativeRule("N-9").severity,
        message: `${list.label}${itemLabel(at, code)}科目名称${quote(typed)}与${called} ${row}${quote(inTable)}不一致`,
        place: namePlace(at, path.input, level + 1, inTitle !== null),
        keyPart: row,
        cells: [{ table: list.table, row, col: NAME_COL }],
      });
    }
    return out ?? [];
  };
}

/** Items 1 and 2 often share a 类 and 款: the item's number (or its 项 code) tells their findings apart. */
function itemLabel(at: Located, code: string): string {
  const no = /^\s*(\d+)[.、]/.exec(at.paragraph.title ?? at.text)?.[1];
  return no === undefined ? `${code} ` : `第 ${no} 项（${code}）`;
}

/**
 * Where a name of the path is typed, marked there: in the title, or in the text after it. `read` is what
 * PATH was matched against (the title alone, the text alone, or both).
 */
function namePlace(at: Located, read: string, group: number, inTitle: boolean): NarrativePlace {
  const [start, end] = PATH_PLACES.exec(read)?.indices?.[group] ?? [0, 0];
  const { title } = at.paragraph;
  if (inTitle || !title) return { ...place(at, start, end), ...(inTitle ? { inTitle: true } : {}) };
  return start >= title.length
    ? place(at, start - title.length, end - title.length)
    : { ...place(at, start, Math.min(end, title.length)), inTitle: true };
}
