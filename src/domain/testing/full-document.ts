/**
 * "Every row" documents: for any template, every entered cell of every table holds an amount and every
 * relation of the rule catalog holds, built figure by figure from the relations (CHECKS.md):
 * 06 first (X-16 and X-18 tie some of its rows to 09 and 05), then 05's 基本支出 adds up to 06,
 * 07/08 balance row by row, 04 takes each fund's figures from 05/07/08 (X-09, X-13, X-14, R04-8), 02's
 * 财政拨款收入 adds up to 04's income, 03 spends at least what 05/07/08 do, and 01's
 * carry-over rows close 收入总计 = 支出总计 (R01-5, X-08). With `stated`, every derived cell also states
 * its computed value. Separate from the random generators, whose documents the findings baseline pins.
 */
import { functionCodeName } from "../catalog/lookup";
import type { JuesuanDocument, TableData } from "../document/model";
import { cellId, parseCellId } from "../engine/cell-id";
import { toFileString, unitsAsNumber, ZERO } from "../money";
import { FUNDS, SANGONG_ROW } from "../templates/keys";
import { tableColumns, tableOf } from "../templates/structure";
import type { TableId } from "../templates/types";
import { Workbook } from "../workbook/workbook";
import { blankDocument, centsToString, enteredCells, templateOf } from "./documents";

/** 一般公共预算 项 of 02/03/05; the second group is what X-18 compares with 06's 301 rows. */
const GENERAL = ["2010301", "2010350", "2010601", "2120101"];
const LINKED: Record<string, readonly string[]> = {
  "30108": ["2080505"],
  "30109": ["2080506"],
  "30110": ["2101101", "2101102"],
  "30111": ["2101103"],
  "30113": ["2210201"],
};
/** 政府性基金 项 (07) and 国有资本经营 项 (08): each fund's own 类, so 04's class rows stay apart (R04-9). */
const FUND_ITEMS = { "07": ["2120801", "2120802"], "08": ["2230105"] } as const;
/** 09's items and the 06 row X-16 says they cover. */
const SANGONG_06: Record<string, string> = {
  "因公出国（境）费": "30212",
  公务用车购置及运行维护费·公务用车购置费: "31013",
  公务用车购置及运行维护费·公务用车运行维护费: "30231",
  公务接待费: "30217",
};
/** Names the shipped catalog may lack (its list is partial). */
const NAMES: Record<string, string> = {
  "21208": "国有土地使用权出让收入安排的支出",
  "2120801": "征地和拆迁补偿支出",
  "2120802": "土地开发支出",
  "223": "国有资本经营预算支出",
  "22301": "解决历史遗留问题及改革成本支出",
  "2230105": "国有企业退休人员社会化管理补助支出",
};

const nameOf = (code: string, year: number) => functionCodeName(code, year) ?? NAMES[code] ?? `科目${code}`;

/** mulberry32: small, seedable, the same figures for the same seed. */
function prng(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return 1 + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

type Cents = Record<string, Record<string, number>>;

class Draft {
  readonly cents: Partial<Record<string, Cents>> = {};
  set(table: string, row: string, col: string, value: number): void {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${table}|${row}|${col}: ${value}`);
    const rows = this.cents[table] ?? {};
    rows[row] = { ...rows[row], [col]: value };
    this.cents[table] = rows;
  }
  get(table: string, row: string, col: string): number {
    return this.cents[table]?.[row]?.[col] ?? 0;
  }
  sum(table: string, col: string): number {
    return Object.values(this.cents[table] ?? {}).reduce((total, cells) => total + (cells[col] ?? 0), 0);
  }
}

/** Splits `total` cents into `parts` positive shares. */
function shares(total: number, parts: number, random: (max: number) => number): number[] {
  const weights = Array.from({ length: parts }, () => random(100));
  const all = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((total * w) / all)));
  out[0] = (out[0] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  if ((out[0] ?? 0) <= 0) throw new Error(`cannot split ${total} into ${parts}`);
  return out;
}

function fill(template: string, seed: number, carry08: boolean): Draft {
  const random = prng(seed);
  const draft = new Draft();
  const entered06 = enteredCells(new Workbook(blankDocument(template))).filter((id) => id.startsWith("06|"));
  for (const id of entered06) draft.set("06", parseCellId(id).row, "决算数", 100_000 + random(500_000));
  const linked = Object.entries(LINKED).filter(([econ]) => draft.get("06", econ, "决算数") > 0);
  for (const [econ, codes] of linked)
    shares(draft.get("06", econ, "决算数"), codes.length, random).forEach((v, i) => {
      draft.set("05", codes[i] as string, "基本支出", v);
    });
  const staff = entered06.reduce((total, id) => total + draft.get("06", parseCellId(id).row, "决算数"), 0);
  const linkedTotal = draft.sum("05", "基本支出");
  shares(staff - linkedTotal, GENERAL.length, random).forEach((v, i) => {
    draft.set("05", GENERAL[i] as string, "基本支出", v);
  });
  for (const code of Object.keys(draft.cents["05"] ?? {})) draft.set("05", code, "项目支出", random(800_000));
  for (const table of ["07", "08"] as const)
    for (const code of FUND_ITEMS[table]) {
      const [start, basic, project, end] = [random(50_000), random(300_000), random(300_000), random(90_000)];
      draft.set(table, code, "基本支出", basic);
      draft.set(table, code, "项目支出", project);
      draft.set(table, code, table === "08" ? "合计" : "本年支出小计", basic + project);
      if (table === "08" && !carry08) continue;
      draft.set(table, code, "年初结转和结余", start);
      draft.set(table, code, "年末结转和结余", end);
      draft.set(table, code, "本年收入", basic + project + end - start);
    }
  return draft;
}

/** 03 spends what 05, 07 and 08 spend on each 项, and more from other money. */
function fill03(draft: Draft, random: (max: number) => number): void {
  for (const table of ["05", "07", "08"])
    for (const [code, cells] of Object.entries(draft.cents[table] ?? {})) {
      draft.set("03", code, "基本支出", cells.基本支出 ?? 0);
      draft.set("03", code, "项目支出", cells.项目支出 ?? 0);
      for (const col of ["上缴上级支出", "经营支出", "对附属单位补助支出"])
        draft.set("03", code, col, random(40_000));
    }
}

/** 04's income and carry-over per fund: 07/08 as they add up, 一般公共预算 (and a 2023 08) closed by R04-8. */
function fill04(draft: Draft, has08CarryOver: boolean, random: (max: number) => number): void {
  const spent = [
    draft.sum("05", "基本支出") + draft.sum("05", "项目支出"),
    draft.sum("07", "本年支出小计"),
    draft.sum("08", "合计"),
  ];
  FUNDS.forEach((fund, i) => {
    const table = i === 1 ? "07" : i === 2 && has08CarryOver ? "08" : undefined;
    const start = table ? draft.sum(table, "年初结转和结余") : random(Math.floor((spent[i] ?? 0) / 2));
    const end = table ? draft.sum(table, "年末结转和结余") : random(200_000);
    draft.set("04", `年初结转和结余·${fund}`, "金额", start);
    draft.set("04", "年末财政拨款结转和结余", fund, end);
    draft.set("04", fund, "金额", (spent[i] ?? 0) + end - start);
  });
}

function fill02(draft: Draft, random: (max: number) => number): void {
  const codes = Object.keys(draft.cents["03"] ?? {});
  const fiscal = FUNDS.reduce((total, fund) => total + draft.get("04", fund, "金额"), 0);
  shares(fiscal, codes.length, random).forEach((v, i) => {
    const code = codes[i] as string;
    draft.set("02", code, "财政拨款收入", v);
    for (const col of ["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
      draft.set("02", code, col, random(60_000));
  });
}

function fill09(draft: Draft, random: (max: number) => number): void {
  for (const [item, econ] of Object.entries(SANGONG_06)) {
    const spent = draft.get("06", econ, "决算数") + random(20_000);
    draft.set("09", SANGONG_ROW, `决算数·${item}`, spent);
    draft.set("09", SANGONG_ROW, `预算数·${item}`, spent + random(20_000));
  }
}

function toDocument(template: string, draft: Draft): JuesuanDocument {
  const doc = blankDocument(template);
  for (const [table, rows] of Object.entries(draft.cents)) {
    const data: TableData = { rows: {} };
    const subject = ["02", "03", "05", "07", "08"].includes(table);
    for (const [row, cells] of Object.entries(rows ?? {})) {
      if (subject) for (const parent of [row.slice(0, 3), row.slice(0, 5)]) data.rows[parent] ??= {};
      data.rows[row] = Object.fromEntries(Object.entries(cells).map(([col, v]) => [col, centsToString(v)]));
    }
    if (subject)
      data.names = Object.fromEntries(
        Object.keys(data.rows).map((code) => [code, nameOf(code, doc.meta.year)]),
      );
    doc.tables[table as TableId] = data;
  }
  return doc;
}

/** Drops what the draft holds on derived cells (07's 本年支出小计, 08's 合计): the template computes them. */
function onlyEntered(doc: JuesuanDocument): JuesuanDocument {
  const workbook = new Workbook(structuredClone(doc));
  for (const [table, data] of Object.entries(doc.tables))
    for (const [row, cells] of Object.entries(data?.rows ?? {}))
      for (const col of Object.keys(cells))
        if (workbook.isDerived(cellId(table as TableId, row, col))) delete cells[col];
  return doc;
}

/** 01's carry-over rows: 年初 covers 04's, 年末 closes 收入总计 = 支出总计 and covers 04's (X-08). */
function close01(doc: JuesuanDocument, random: (max: number) => number): JuesuanDocument {
  const workbook = new Workbook(structuredClone(doc));
  const cents = (id: string) => unitsAsNumber(toFileString(workbook.derivedValue(id) ?? ZERO), 2);
  const income = cents("02|合计|本年收入合计");
  const spent = cents("03|合计|本年支出合计");
  const start = cents("04|年初财政拨款结转和结余|金额") + random(100_000);
  const endFloor = cents("04|年末财政拨款结转和结余|合计") + random(100_000);
  const distributed = random(30_000);
  let unused = random(30_000);
  const end = income + unused + start - spent - distributed;
  if (end < endFloor) unused += endFloor - end;
  const rows = {
    使用非财政拨款结余: unused,
    年初结转和结余: start,
    结余分配: distributed,
    年末结转和结余: Math.max(end, endFloor),
  };
  doc.tables["01"] = {
    rows: Object.fromEntries(Object.entries(rows).map(([row, v]) => [row, { 决算数: centsToString(v) }])),
  };
  return doc;
}

/** Every derived cell states its computed value (as a document transcribed from a publication does). */
function stateEverything(doc: JuesuanDocument): JuesuanDocument {
  const workbook = new Workbook(structuredClone(doc));
  for (const [id, value] of workbook.derivedEntries()) {
    if (value === null) continue;
    const { table, row, col } = parseCellId(id);
    const data = doc.tables[table as TableId] ?? { rows: {} };
    data.rows[row] = { ...data.rows[row], [col]: toFileString(value) };
    doc.tables[table as TableId] = data;
  }
  return doc;
}

export interface FullDocumentOptions {
  seed?: number;
  /** Also state every derived cell's computed value (default false: entered cells only). */
  stated?: boolean;
}

/** A document of `template` with every entered cell filled and every relation holding. */
export function fullDocument(template: string, options: FullDocumentOptions = {}): JuesuanDocument {
  const seed = options.seed ?? 1;
  const random = prng(seed * 7919);
  const carry08 = tableColumns(tableOf(templateOf(template), "08")).includes("年初结转和结余");
  const draft = fill(template, seed, carry08);
  fill03(draft, random);
  fill04(draft, carry08, random);
  fill02(draft, random);
  fill09(draft, random);
  const doc = close01(onlyEntered(toDocument(template, draft)), random);
  return options.stated ? stateEverything(doc) : doc;
}
