/**
 * The N-rules that read lists and words rather than one figure: classes listed in 五(二) (N-6), 项 covered in
 * 五(三) (N-8) and their names (N-9), the 明细 of 六 (N-10), 七/八 against 07/08 (N-11), 十 against 行政运行
 * spending (N-15), units (N-18), chapter headings and attachments (N-21), decimals (N-22).
 */
import { economicCodeName } from "../catalog/lookup";
import { NAME_COL } from "../checks/types";
import { cellId } from "../engine/cell-id";
import { abs, add, compare, formatAmount, type Money, money, subtract, ZERO } from "../money";
import type { FigureContext, FigureExpr } from "./figures";
import { leafRows } from "./figures";
import { type FindingInput, type NarrativeFinding, narrativeFinding } from "./findings";
import { tableIsEmpty } from "./generate";
import { judgeFigure } from "./judge";
import { layoutParagraph } from "./layout";
import type { Paragraph, Publication } from "./model";
import { nameSimilarity, normaliseName, SAME_NAME } from "./names";
import { typedNumbers } from "./numbers";
import { narrativeRule } from "./rules";

interface Located {
  section: string;
  index: number;
  paragraph: Paragraph;
  text: string;
}

function paragraphsOf(publication: Publication, ctx: FigureContext, role?: string): Located[] {
  return publication.narrative.flatMap((section) =>
    section.paragraphs.flatMap((paragraph, index) =>
      role === undefined || paragraph.role === role
        ? [{ section: section.id, index, paragraph, text: layoutParagraph(paragraph, ctx).text }]
        : [],
    ),
  );
}

const place = (at: Located, start = 0, end = at.text.length) => ({
  section: at.section,
  paragraph: at.index,
  start,
  end,
});

const isZero = (value: Money | null): boolean => value === null || /^-?0\.00$/.test(formatAmount(value));

export function checkLists(publication: Publication, ctx: FigureContext): NarrativeFinding[] {
  const out: FindingInput[] = [
    ...classList(publication, ctx),
    ...itemCoverage(publication, ctx),
    ...itemNames(publication, ctx),
    ...economicLists(publication, ctx),
    ...fundStatements(publication, ctx),
    ...runningCosts(publication, ctx),
    ...unitsAndDecimals(publication, ctx),
    ...headings(publication),
  ];
  return out.map(narrativeFinding);
}

/** N-6: 五(二) lists every non-zero class of 05 with its amount and share, and nothing else. */
function classList(publication: Publication, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  const { workbook } = ctx;
  const classes = [
    ...new Set([...workbook.rows("05"), ...workbook.rows("01")].filter((row) => /^\d{3}$/.test(row))),
  ];
  const className = (code: string) => (workbook.hasRow("05", code) ? workbook.rowName("05", code) : "");
  const names = (code: string) => [className(code), workbook.rowName("01", code)].filter((n) => n !== "");
  for (const at of paragraphsOf(publication, ctx, "五.结构")) {
    const listStart = at.text.indexOf("：") + 1;
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
      const code = classes.find((c) =>
        names(c).some((name) =>
          normaliseName(typedName).startsWith(normaliseName(name).replace(/支出$/, "")),
        ),
      );
      const where = place(at, start, start + item.length);
      const share = numbers.find((n) => n.percent);
      if (share) shares = add(shares, money(share.digits));
      const amountCell = { table: "05" as const, row: code ?? "合计", col: "小计" };
      const inTable = code !== undefined && !isZero(workbook.shown(cellId("05", code, "小计")));
      if (code === undefined || !inTable) {
        const zero = money(amount.digits);
        out.push({
          rule: "N-6",
          severity: isZero(zero) ? "warning" : "error",
          message: isZero(zero)
            ? `五、（二）列示了“${typedName.trim()}”0.00 万元：05表无此类支出，不涉及的不列`
            : `五、（二）列示了“${typedName.trim()}”${amount.digits} 万元，但05表没有此类支出`,
          place: where,
          keyPart: normaliseName(typedName),
          cells: code ? [amountCell] : [],
        });
        continue;
      }
      listed.add(code);
      const printedName = normaliseName(typedName);
      const tableName = normaliseName(workbook.rowName("05", code));
      if (printedName !== tableName)
        out.push({
          rule: "N-6",
          severity: "warning",
          message: `五、（二）类名“${typedName.trim()}”与05表“${workbook.rowName("05", code)}”不一致`,
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
            message: `五、（二）“${item.trim()}”中的 ${number.digits}${number.percent ? "%" : ""}${verdict.problem}：应为 ${verdict.expected.text ?? "—"}`,
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
        message: `五、（二）未列示05表的“${workbook.rowName("05", code)}”`,
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
  }
  return out;
}

/** N-8: every 项 of 05 is described once in 五(三). */
function itemCoverage(publication: Publication, ctx: FigureContext): FindingInput[] {
  const items = paragraphsOf(publication, ctx, "五.具体.项");
  const anchor = paragraphsOf(publication, ctx, "五.具体")[0];
  if (anchor === undefined) return [];
  const out: FindingInput[] = [];
  const counts = new Map<string, number>();
  for (const at of items) {
    const subject = at.paragraph.subject ?? "";
    counts.set(subject, (counts.get(subject) ?? 0) + 1);
  }
  for (const code of leafRows(ctx.workbook, "05")) {
    const count = counts.get(code) ?? 0;
    if (count === 1) continue;
    const name = ctx.workbook.rowName("05", code);
    out.push({
      rule: "N-8",
      severity: narrativeRule("N-8").severity,
      message:
        count === 0
          ? `五、（三）未说明05表的项级科目 ${code} ${name}`
          : `五、（三）科目 ${code} ${name} 说明了 ${count} 次`,
      place: place(anchor),
      cells: [{ table: "05", row: code, col: "小计" }],
    });
  }
  return out;
}

/** N-9: the 类/款/项 names of each 五(三) item are the names in 05. */
function itemNames(publication: Publication, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  for (const at of paragraphsOf(publication, ctx, "五.具体.项")) {
    const code = at.paragraph.subject;
    if (code === undefined) continue;
    const lead = `${at.paragraph.title ?? ""}${at.text}`;
    const path = /^(?:\d+\.\s*)?(.+?)（类）(.+?)（款）(.+?)（项）/.exec(lead);
    if (!path) continue;
    const rows = [code.slice(0, 3), code.slice(0, 5), code];
    rows.forEach((row, level) => {
      const typed = path[level + 1] ?? "";
      const table = ctx.workbook.rowName("05", row);
      if (normaliseName(typed) === normaliseName(table)) return;
      out.push({
        rule: "N-9",
        severity: narrativeRule("N-9").severity,
        message: `五、（三）科目名称“${typed}”与05表 ${row}“${table}”不一致`,
        place: place(at, 0, 0),
        keyPart: row,
        cells: [{ table: "05", row, col: NAME_COL }],
      });
    });
  }
  return out;
}

const PERSONNEL = ["301", "303"];
const PUBLIC = ["302", "307", "310", "312", "313", "399"];

/** N-10: the 明细 listed under 人员经费 and 公用经费 are exactly the non-zero 06 款 rows. */
function economicLists(publication: Publication, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  for (const at of paragraphsOf(publication, ctx, "六")) {
    const personnel = /人员经费[^；。]*?主要包括：([^；。]*)/.exec(at.text);
    const publicList = /公用经费[^；。]*?主要包括：([^；。]*)/.exec(at.text);
    if (personnel) out.push(...compareList(at, personnel, PERSONNEL, "人员经费", ctx));
    if (publicList) out.push(...compareList(at, publicList, PUBLIC, "公用经费", ctx));
  }
  return out;
}

function compareList(
  at: Located,
  match: RegExpExecArray,
  classes: readonly string[],
  label: string,
  ctx: FigureContext,
): FindingInput[] {
  const { workbook } = ctx;
  const rows = workbook.rows("06").filter((row) => row.length === 5 && classes.includes(row.slice(0, 3)));
  const names = (row: string) => [
    workbook.rowName("06", row),
    economicCodeName(row, workbook.doc.meta.year) ?? "",
  ];
  const value = (row: string) => workbook.shown(cellId("06", row, "决算数"));
  const listText = match[1] ?? "";
  const listStart = match.index + match[0].length - listText.length;
  const out: FindingInput[] = [];
  const seen = new Set<string>();
  let offset = listStart;
  for (const typed of listText.split("、")) {
    const where = place(at, offset, offset + typed.length);
    offset += typed.length + 1;
    const best = rows
      .map((row) => ({ row, score: Math.max(...names(row).map((n) => nameSimilarity(typed, n))) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best === undefined || best.score < SAME_NAME) {
      out.push({
        rule: "N-10",
        severity: "warning",
        message: `六、${label}明细“${typed}”在06表中没有对应科目`,
        place: where,
      });
      continue;
    }
    seen.add(best.row);
    if (isZero(value(best.row)))
      out.push({
        rule: "N-10",
        severity: "warning",
        message: `六、${label}明细列示了“${typed}”，但06表 ${best.row} ${workbook.rowName("06", best.row)} 无数据`,
        place: where,
        keyPart: `${label}|${typed}`,
        cells: [{ table: "06", row: best.row, col: "决算数" }],
      });
  }
  for (const row of rows) {
    if (seen.has(row) || isZero(value(row))) continue;
    out.push({
      rule: "N-10",
      severity: "warning",
      message: `六、${label}明细未列示06表的 ${row} ${economicCodeName(row, workbook.doc.meta.year) ?? workbook.rowName("06", row)}`,
      place: place(at, listStart, listStart + listText.length),
      keyPart: `${label}|${row}`,
      cells: [{ table: "06", row, col: "决算数" }],
    });
  }
  return out;
}

/** N-11: 七/八 say "没有…支出" exactly when 07/08 are empty. */
function fundStatements(publication: Publication, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  for (const [role, table] of [
    ["七", "07"],
    ["八", "08"],
  ] as const) {
    for (const at of paragraphsOf(publication, ctx, role)) {
      const saysNone = /没有/.test(at.text);
      if (saysNone === tableIsEmpty(ctx, table)) continue;
      out.push({
        rule: "N-11",
        severity: narrativeRule("N-11").severity,
        message: saysNone
          ? `${role}、文中说没有此项支出，但${table}表有数据`
          : `${role}、文中说明了支出，但${table}表无数据`,
        place: place(at),
        cells: [{ table, row: "合计", col: table === "07" ? "本年支出小计" : "合计" }],
      });
    }
  }
  return out;
}

/** N-15: "没有机关运行经费" while 行政运行 (2xxxx01) carries 基本支出 is unusual. */
function runningCosts(publication: Publication, ctx: FigureContext): FindingInput[] {
  const running = ctx.workbook
    .rows("05")
    .filter((row) => /^\d{5}01$/.test(row) && !isZero(ctx.workbook.shown(cellId("05", row, "基本支出"))));
  if (running.length === 0) return [];
  return paragraphsOf(publication, ctx, "十")
    .filter((at) => /没有机关运行经费/.test(at.text))
    .map((at) => ({
      rule: "N-15",
      severity: "warning" as const,
      message: `十、文中说没有机关运行经费，但05表 ${running.join("、")}（行政运行）有基本支出`,
      place: place(at),
      cells: running.map((row) => ({ table: "05" as const, row, col: "基本支出" })),
    }));
}

/** N-18 (units) and N-22 (two decimals) over every typed figure of 第三部分. */
function unitsAndDecimals(publication: Publication, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  const unit = ctx.workbook.doc.meta.unit;
  for (const at of paragraphsOf(publication, ctx)) {
    const seen = new Map<string, number>();
    for (const number of typedNumbers(at.text)) {
      const where = place(at, number.start, number.end);
      const nth = (seen.get(number.digits) ?? 0) + 1;
      seen.set(number.digits, nth);
      const keyPart = `${number.digits}#${nth}`;
      if (unit === "万元" && number.unitAfter === "元")
        out.push({
          rule: "N-18",
          severity: "warning",
          message: `${at.section}、金额“${number.digits} 元”的单位与文档（万元）不一致`,
          place: where,
          keyPart,
        });
      // "100 万元（含）以上设备" is a threshold, not an amount; a figure in 元 is reported once, as a unit.
      const threshold = /^\s*万元[（(]含[)）]|^\s*万元以[上下]/.test(at.text.slice(number.end));
      const isAmount = number.unitAfter === "万元" && !threshold;
      if ((number.percent || isAmount) && number.decimals !== 2)
        out.push({
          rule: "N-22",
          severity: "warning",
          message: `${at.section}、“${number.digits}${number.percent ? "%" : ` ${number.unitAfter}`}”应保留两位小数`,
          place: where,
          keyPart,
        });
    }
  }
  return out;
}

/** N-21: 第三部分's heading says 第三部分; every attachment listed is attached. */
function headings(publication: Publication): FindingInput[] {
  const out: FindingInput[] = [];
  const top = { section: "标题", paragraph: 0, start: 0, end: publication.narrativeHeading.length };
  if (!publication.narrativeHeading.startsWith("第三部分"))
    out.push({
      rule: "N-21",
      severity: "warning",
      message: `情况说明的标题“${publication.narrativeHeading}”应为第三部分（与目录一致）`,
      place: top,
    });
  publication.attachments.forEach((attachment, index) => {
    if (attachment.table) return;
    out.push({
      rule: "N-21",
      severity: "warning",
      message: `目录所列“${attachment.listed}”未附`,
      place: { section: "附件", paragraph: index, start: 0, end: attachment.listed.length },
    });
  });
  return out;
}
