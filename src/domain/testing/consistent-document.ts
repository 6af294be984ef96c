/**
 * Consistent documents for tests and benchmarks: every check holds, every derived cell is unstated.
 * 科目 rows carry 基本/项目 支出 in 03 and 05 (all 一般公共预算), the same totals as 财政拨款收入 in 02,
 * 04 一般公共预算 income matching, 06 basic spending in 30101, 09 within budget, 07/08 empty with 说明.
 */
import { functionCodeName } from "../catalog/lookup";
import type { JuesuanDocument, TableData, Unit } from "../document/model";
import { unitsToString } from "../money";
import { type ClassRowVariant, functionClassCodes } from "../templates/function-classes";

export interface Item {
  /** A 7-digit 功能分类 code. */
  code: string;
  /** 基本支出 and 项目支出, in cents (分 of the document's unit). */
  basic: number;
  project: number;
}

const cents = (value: number | bigint) => unitsToString(BigInt(value), 2);

/** Codes the checks read specially (X-18, R03-4, R04-9): the generator keeps clear of them. */
const AVOID = /^(223|2080505|2080506|2210201|2101101|2101102|2101103)|99$/;

export function isPlainCode(code: string): boolean {
  return !AVOID.test(code);
}

function add(data: TableData, row: string, cells: Record<string, string>, name: string): void {
  data.rows[row] = { ...data.rows[row], ...cells };
  data.names ??= {};
  data.names[row] = name;
}

const nameOf = (code: string) => functionCodeName(code, 2023) ?? `科目${code}`;

/** `template`: any shipped template (they share the keys used here); its 类 rows must hold the items' 类. */
export function consistentDocument(
  items: readonly Item[],
  unit: Unit = "万元",
  template = "2023",
): JuesuanDocument {
  const t02: TableData = { rows: {} };
  const t03: TableData = { rows: {} };
  const t05: TableData = { rows: {} };
  let basicTotal = 0n;
  let total = 0n;
  for (const { code, basic, project } of items) {
    for (const parent of [code.slice(0, 3), code.slice(0, 5)]) {
      for (const data of [t02, t03, t05]) add(data, parent, {}, nameOf(parent));
    }
    const spending: Record<string, string> = {};
    if (basic !== 0) spending.基本支出 = cents(basic);
    if (project !== 0) spending.项目支出 = cents(project);
    add(t03, code, spending, nameOf(code));
    add(t05, code, spending, nameOf(code));
    add(t02, code, { 财政拨款收入: cents(basic + project) }, nameOf(code));
    basicTotal += BigInt(basic);
    total += BigInt(basic + project);
  }
  return {
    format: "juesuan",
    version: 1,
    meta: { department: "测试部门", year: 2023, unit, template },
    tables: {
      "01": { rows: {} },
      "02": t02,
      "03": t03,
      "04": { rows: { 一般公共预算财政拨款: { 金额: cents(total) } } },
      "05": t05,
      "06": { rows: basicTotal === 0n ? {} : { "30101": { 决算数: cents(basicTotal) } } },
      "07": { rows: {} },
      "08": { rows: {} },
      "09": {
        rows: {
          三公经费: {
            "预算数·因公出国（境）费": "2.00",
            预算数·公务接待费: "1.00",
            "决算数·因公出国（境）费": "1.50",
          },
        },
      },
    },
    notes: {
      "07": "本部门没有政府性基金预算财政拨款收支，故本表无数据。",
      "08": "本部门没有国有资本经营预算财政拨款支出，故本表无数据。",
    },
  };
}

/** `count` distinct plain 7-digit codes spread over the 01/04 class rows (of the 26- or 24-row list). */
export function plainCodes(count: number, variant: ClassRowVariant = "label26"): string[] {
  const classes = functionClassCodes(variant).filter(isPlainCode);
  const codes: string[] = [];
  for (let kuan = 1; codes.length < count && kuan < 99; kuan++) {
    for (let xiang = 1; codes.length < count && xiang < 99; xiang++) {
      for (const cls of classes) {
        const code = `${cls}${String(kuan).padStart(2, "0")}${String(xiang).padStart(2, "0")}`;
        if (codes.length < count && isPlainCode(code)) codes.push(code);
      }
    }
  }
  return codes;
}

/** A deterministic large consistent document (`count` 项 rows in 02/03/05) for benchmarks. */
export function largeDocument(count = 2000, unit: Unit = "万元", template = "2023"): JuesuanDocument {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % 1_000_000;
  };
  return consistentDocument(
    plainCodes(count).map((code, i) => ({
      code,
      basic: i % 3 === 0 ? 0 : next(),
      project: i % 2 === 0 ? next() : 0,
    })),
    unit,
    template,
  );
}
