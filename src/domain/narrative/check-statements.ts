/**
 * The list rules over words: the 明细 of 六 (N-10), 七/八 against 07/08 (N-11), 十 against 行政运行 spending
 * (N-15), units (N-18), chapter headings and attachments (N-21), decimals (N-22).
 */
import { economicCodeName } from "../catalog/lookup";
import { cellId } from "../engine/cell-id";
import { tableName } from "../templates/table-names";
import type { FigureContext } from "./figures";
import type { FindingInput } from "./findings";
import { tableIsEmpty } from "./generate";
import { layoutNumbers } from "./layout";
import { isZero, type Located, place } from "./located";
import type { Publication } from "./model";
import { type ComparableName, comparableName, SAME_NAME, similarity } from "./names";
import type { TypedNumber } from "./numbers";
import { excerpt, quote } from "./quote";
import { narrativeRule } from "./rules";

const PERSONNEL = ["301", "303"];
const PUBLIC = ["302", "307", "310", "312", "313", "399"];

/** N-10: the 明细 listed under 人员经费 and 公用经费 are exactly the non-zero 06 款 rows. */
export function economicLists(at: Located, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  const personnel = /人员经费[^；。]*?主要包括：([^；。]*)/.exec(at.text);
  const publicList = /公用经费[^；。]*?主要包括：([^；。]*)/.exec(at.text);
  if (personnel) out.push(...compareList(at, personnel, PERSONNEL, "人员经费", ctx));
  if (publicList) out.push(...compareList(at, publicList, PUBLIC, "公用经费", ctx));
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
  const names = new Map(
    rows.map((row) => [
      row,
      [workbook.rowName("06", row), economicCodeName(row, workbook.doc.meta.year) ?? ""].map(comparableName),
    ]),
  );
  // The first row (in row order, as the scoring's stable sort picks) with a name of similarity 1.
  const perfectRows = new Map<string, string>();
  for (const row of rows)
    for (const name of names.get(row) ?? []) {
      if (!perfectRows.has(name.perfectKey)) perfectRows.set(name.perfectKey, row);
    }
  const value = (row: string) => workbook.shown(cellId("06", row, "决算数"));
  const listText = match[1] ?? "";
  const listStart = match.index + match[0].length - listText.length;
  const out: FindingInput[] = [];
  const called06 = tableName(workbook.template, "06");
  const seen = new Set<string>();
  let offset = listStart;
  for (const typed of listText.split("、")) {
    const where = place(at, offset, offset + typed.length);
    offset += typed.length + 1;
    // "主要包括：；" lists nothing: there is no name to look for.
    if (typed.trim() === "") continue;
    const name = comparableName(typed);
    const perfect = perfectRows.get(name.perfectKey);
    const best = perfect !== undefined ? { row: perfect, score: 1 } : closestRow(rows, names, name);
    if (best === undefined || best.score < SAME_NAME) {
      out.push({
        rule: "N-10",
        severity: "warning",
        message: `六、${label}明细${quote(typed)}在${called06}中没有对应科目`,
        place: where,
      });
      continue;
    }
    seen.add(best.row);
    if (isZero(value(best.row)))
      out.push({
        rule: "N-10",
        severity: "warning",
        message: `六、${label}明细列示了${quote(typed)}，但${called06} ${best.row} ${workbook.rowName("06", best.row)} 无数据`,
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
      message: `六、${label}明细未列示${called06}的 ${row} ${economicCodeName(row, workbook.doc.meta.year) ?? workbook.rowName("06", row)}`,
      place: place(at, listStart, listStart + listText.length),
      keyPart: `${label}|${row}`,
      cells: [{ table: "06", row, col: "决算数" }],
    });
  }
  return out;
}

/** The first row (in row order) whose names are most like `name`: no sort of every row per typed name. */
function closestRow(
  rows: readonly string[],
  names: ReadonlyMap<string, ComparableName[]>,
  name: ComparableName,
): { row: string; score: number } | undefined {
  let best: { row: string; score: number } | undefined;
  for (const row of rows) {
    const score = Math.max(...(names.get(row) ?? []).map((n) => similarity(name, n)));
    if (best === undefined || score > best.score) best = { row, score };
  }
  return best;
}

/** N-11: 七/八 (上海: 八/九) say "没有…支出" (上海: "无…收入和支出") exactly when 07/08 are empty. */
export function fundStatement(
  at: Located,
  ctx: FigureContext,
  role: string,
  table: "07" | "08",
): FindingInput[] {
  const saysNone = /没有|无(?:政府性基金|国有资本经营)/.test(at.text);
  if (saysNone === tableIsEmpty(ctx, table)) return [];
  const called = tableName(ctx.workbook.template, table);
  return [
    {
      rule: "N-11",
      severity: narrativeRule("N-11").severity,
      message: saysNone
        ? `${role}、文中说没有此项支出，但${called}有数据`
        : `${role}、文中说明了支出，但${called}无数据`,
      place: place(at),
      cells: [{ table, row: "合计", col: table === "07" ? "本年支出小计" : "合计" }],
    },
  ];
}

/** N-15: "没有机关运行经费" (上海: "无机关运行经费") while 行政运行 (2xxxx01) carries 基本支出 is unusual. */
export function runningCosts(at: Located, ctx: FigureContext, section: string): FindingInput[] {
  if (!/(?:没有|无)机关运行经费/.test(at.text)) return [];
  const running = ctx.workbook
    .rows("05")
    .filter((row) => /^\d{5}01$/.test(row) && !isZero(ctx.workbook.shown(cellId("05", row, "基本支出"))));
  if (running.length === 0) return [];
  return [
    {
      rule: "N-15",
      severity: "warning",
      message: `${section}、文中说没有机关运行经费，但${tableName(ctx.workbook.template, "05")}以下科目有基本支出：${running
        .map((row) => `${row} ${ctx.workbook.rowName("05", row)}`)
        .join("、")}`,
      place: place(at),
      cells: running.map((row) => ({ table: "05" as const, row, col: "基本支出" })),
    },
  ];
}

const THRESHOLD = /\s*万元(?:[（(]含[)）]|以[上下])/y;

/** N-18 (units) and N-22 (two decimals) over every typed figure of 第三部分. */
export function unitsAndDecimals(at: Located, ctx: FigureContext): FindingInput[] {
  const out: FindingInput[] = [];
  const unit = ctx.workbook.doc.meta.unit;
  const numbers = layoutNumbers(at.layout);
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i] as TypedNumber;
    if (unit === "万元" && number.unitAfter === "元")
      out.push(
        numberFinding(
          at,
          numbers,
          i,
          "N-18",
          `${at.section}、金额${quote(`${excerpt(at.text, number.start, number.end)} 元`)}的单位与文档（万元）不一致`,
        ),
      );
    // "100 万元（含）以上设备" is a threshold, not an amount; a figure in 元 is reported once, as a unit.
    THRESHOLD.lastIndex = number.end;
    const isAmount = number.unitAfter === "万元" && !THRESHOLD.test(at.text);
    if ((number.percent || isAmount) && number.decimals !== 2) {
      const shown = `${number.digits}${number.percent ? "%" : ` ${number.unitAfter}`}`;
      out.push(numberFinding(at, numbers, i, "N-22", `${at.section}、${quote(shown)}应保留两位小数`));
    }
  }
  return out;
}

/**
 * A finding about the paragraph's `i`th number, keyed by its digits and which of the numbers with those
 * digits it is (counted only here: most figures are fine).
 */
function numberFinding(
  at: Located,
  numbers: readonly TypedNumber[],
  i: number,
  rule: string,
  message: string,
): FindingInput {
  const number = numbers[i] as TypedNumber;
  let nth = 0;
  for (let j = 0; j <= i; j++) if ((numbers[j] as TypedNumber).digits === number.digits) nth++;
  return {
    rule,
    severity: "warning",
    message,
    place: place(at, number.start, number.end),
    keyPart: `${number.digits}#${nth}`,
  };
}

/** N-21: 第三部分's heading says 第三部分; every attachment listed is attached. */
export function headings(publication: Publication): FindingInput[] {
  const out: FindingInput[] = [];
  const top = { section: "标题", paragraph: 0, start: 0, end: publication.narrativeHeading.length };
  if (!publication.narrativeHeading.startsWith("第三部分"))
    out.push({
      rule: "N-21",
      severity: "warning",
      message: `情况说明的标题${quote(publication.narrativeHeading)}应为第三部分（与目录一致）`,
      place: top,
    });
  publication.attachments.forEach((attachment, index) => {
    if (attachment.table) return;
    out.push({
      rule: "N-21",
      severity: "warning",
      message: `目录所列${quote(attachment.listed)}未附`,
      place: { section: "附件", paragraph: index, start: 0, end: attachment.listed.length },
    });
  });
  return out;
}
