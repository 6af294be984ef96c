/**
 * A template's standard sentences for 第三部分 情况说明, as data. The same slots serve three readers: the
 * generator writes them as live figures, "把文中数字改为引用" recognises typed figures by them, and the
 * N-rules check the figure printed after each slot's anchor.
 */
import type { TableId } from "../templates/types";
import type { FigureExpr } from "./figures";

/** A figure in a sentence. */
export interface Slot {
  figure: FigureExpr;
  /** The N-rule that checks the figure printed here. */
  rule: string;
  /**
   * Regular expression for the text printed right before the figure (the seed's wording and the
   * template's); "$name" stands for the bound subject's name. Absent: the slot is recognised by value only
   * (items of a list, checked by a rule of their own).
   */
  anchor?: string;
  /** What the printed figure is checked against, when not the figure itself (a rate of printed amounts). */
  check?: FigureExpr;
}

/**
 * A condition on the document that picks one wording. `emptyTable` / `filledTable`: every cell of the table is
 * blank or 0, or not ("无…的部门，作下述说明"). `zeroField`: the 补充数据 field is entered as 0 (a
 * blank field is not 0: it is not known). `same`: the two figures print alike (收入总计 = 支出总计, 决算 =
 * 预算), so one figure is stated for both ("均为", "持平"). `listed`: the list has a subject ("其中：").
 */
export type Condition =
  | { emptyTable: TableId }
  | { filledTable: TableId }
  | { zeroField: string }
  | { same: readonly [FigureExpr, FigureExpr] }
  | { listed: SubjectList };

export type Part =
  | string
  | { slot: Slot }
  /** The report year. */
  | { year: true }
  /** The year before the report year ("与 2023 年度相比"). */
  | { previousYear: true }
  /** The document's department ("上海市XX局"). */
  | { department: true }
  /** The bound subject's name. */
  | { name: true }
  /** 增加 / 减少 (or 增长 / 下降) by the sign of a change. */
  | { direction: Extract<FigureExpr, { kind: "change" | "changePct" }>; words: readonly [string, string] }
  /**
   * Printed only when every slot inside (outside nested optional parts) is defined and reads no blank
   * 补充数据: no rate over 0, no share of a part of 0 (不涉及的不列).
   */
  | { optional: readonly Part[] }
  | { when: Condition; whenTrue: readonly Part[]; whenFalse: readonly Part[] }
  /**
   * One copy of `parts` per subject of the list, joined by `separator`, after `lead` ("，其中："); an
   * empty list is left out with its lead.
   */
  | { each: SubjectList; separator: string; parts: readonly Part[]; lead?: string }
  /** The text the accountant writes (a reason); generated as a placeholder. */
  | { reason: true };

/** Where a list or a repeated paragraph takes its subjects from. */
export type SubjectList =
  /** Columns of a table's total row other than its total column, with a non-zero amount. */
  | { columnsOf: "02" | "03"; except: string }
  /** Rows of 05 (07, 08): 3-digit classes with a non-zero 小计, or every leaf 项 row. */
  | { rowsOf: SubjectTable; level: "classes" | "leaves" }
  /** Non-zero 06 款 rows under the listed 类. */
  | { economic: readonly string[] }
  /** Fixed subjects (三公 items, vehicle kinds). */
  | { fixed: readonly { subject: string; name: string }[] };

/** The 科目 tables whose 项 a section walks: 05, and 上海's 07 and 08. */
export type SubjectTable = "05" | "07" | "08";

export interface ParagraphTemplate {
  role: string;
  /** Written only when the document meets it (上海's "无…的部门，作下述说明" against the section's sentences). */
  shownIf?: Condition;
  heading?: string;
  /** Repeat the paragraph per subject (05 项, 三公 items); the subject is stored on the paragraph. */
  each?: SubjectList;
  /** Bold lead-in: "$no" is the number in the list, "$path" the 项's 类/款/项 path, "$name" the subject's name. */
  title?: string;
  parts: readonly Part[];
}

export interface SectionTemplate {
  id: string;
  title: string;
  paragraphs: readonly ParagraphTemplate[];
}

/** Every slot of a list of parts, in order (through optional, conditional and repeated parts). */
export function slotsOf(parts: readonly Part[]): Slot[] {
  const slots: Slot[] = [];
  for (const part of parts) {
    if (typeof part === "string") continue;
    if ("slot" in part) slots.push(part.slot);
    else if ("optional" in part) slots.push(...slotsOf(part.optional));
    else if ("when" in part) slots.push(...slotsOf(part.whenTrue), ...slotsOf(part.whenFalse));
    else if ("each" in part) slots.push(...slotsOf(part.parts));
  }
  return slots;
}
