/**
 * 补充数据 left blank. Blank is not 0: 生成情况说明 writes a placeholder naming the fields instead of a
 * figure that would print 0.00, and the 审核 gives a 提示 for each blank field the text needs (named in a
 * placeholder, or read by a live figure written before the field was cleared).
 */
import type { FigureContext, FigureExpr, Operand } from "./figures";
import { fieldSumKeys } from "./figures";
import type { FindingInput } from "./findings";
import { type Located, place } from "./located";
import { quote } from "./quote";
import { type SupplementField, supplementFields } from "./supplement";

const LEAD = "（请在补充数据中填写";

/** A 补充数据 field left blank: not entered, which is not 0. */
export function isBlankField(key: string, ctx: FigureContext): boolean {
  const value = ctx.supplement[key];
  return value === undefined || value.trim() === "";
}

function operandFields(operand: Operand, ctx: FigureContext, out: string[]): void {
  if ("field" in operand) out.push(operand.field);
  else if ("fieldSum" in operand) for (const key of fieldSumKeys(operand, ctx)) out.push(key);
  else if ("sum" in operand) for (const term of operand.sum) operandFields(term, ctx, out);
}

/** A figure's operands, in the order it names them. */
function operandsOf(figure: FigureExpr): Operand[] {
  switch (figure.kind) {
    case "amount":
    case "count":
      return [figure.of];
    case "share":
      return [figure.part, figure.whole];
    case "rate":
      return [figure.actual, figure.budget];
    case "change":
    case "changePct":
      return [figure.current, figure.previous];
  }
}

/** The 补充数据 keys a figure reads, found without computing it. */
function figureFields(figure: FigureExpr, ctx: FigureContext): string[] {
  const out: string[] = [];
  for (const operand of operandsOf(figure)) operandFields(operand, ctx, out);
  return out;
}

const NONE: FindingInput[] = [];

/** Whether a figure reads 补充数据 at all: a question of its shape, answered once per figure object. */
const fieldReaders = new WeakMap<FigureExpr, boolean>();

function readsFields(figure: FigureExpr): boolean {
  let reads = fieldReaders.get(figure);
  if (reads === undefined) {
    reads = operandsOf(figure).some(operandReadsFields);
    fieldReaders.set(figure, reads);
  }
  return reads;
}

function operandReadsFields(operand: Operand): boolean {
  if ("field" in operand || "fieldSum" in operand) return true;
  return "sum" in operand && operand.sum.some(operandReadsFields);
}

/** The blank 补充数据 fields a figure reads (a figure over them would print 0.00 for "not entered"). */
export function blankFields(figure: FigureExpr, ctx: FigureContext): string[] {
  const keys = figureFields(figure, ctx);
  // Most figures read table cells only, or one field: nothing to look up, nothing to tell apart.
  if (keys.length <= 1) return keys.length === 1 && !isBlankField(keys[0] as string, ctx) ? [] : keys;
  return [...new Set(keys)].filter((key) => isBlankField(key, ctx));
}

interface FieldIndex {
  byKey: Map<string, SupplementField>;
  /** By the name a placeholder gives it (`shortLabel`). */
  byName: Map<string, SupplementField>;
}

/** Per template's field list, made once: a 2,000-项 text asks for a field by key or name per paragraph. */
const indexes = new WeakMap<readonly SupplementField[], FieldIndex>();

function indexOf(fields: readonly SupplementField[]): FieldIndex {
  let index = indexes.get(fields);
  if (index === undefined) {
    index = {
      byKey: new Map(fields.map((f) => [f.key, f])),
      byName: new Map(fields.map((f) => [shortLabel(f), f])),
    };
    indexes.set(fields, index);
  }
  return index;
}

/** The template's field a key belongs to (a per-row key `年初预算·2010301` to its field `年初预算`). */
function fieldOf(key: string, fields: readonly SupplementField[]): SupplementField | undefined {
  const { byKey } = indexOf(fields);
  const exact = byKey.get(key);
  if (exact !== undefined) return exact;
  const base = byKey.get(key.slice(0, key.indexOf("·")));
  return base?.perRow !== undefined ? base : undefined;
}

/** A field's name in a sentence: its label without a trailing remark ("年初预算（…，按项）" → "年初预算"). */
function shortLabel(field: SupplementField): string {
  return field.label.replace(/（[^（）]*）$/, "");
}

function fieldsOf(ctx: FigureContext): readonly SupplementField[] {
  return supplementFields(ctx.workbook.template.id);
}

/** "（请在补充数据中填写年初预算）": the fields' names, each once. */
export function missingPlaceholder(keys: readonly string[], ctx: FigureContext): string {
  const fields = fieldsOf(ctx);
  const labels = keys.map((key) => {
    const field = fieldOf(key, fields);
    return field ? shortLabel(field) : key;
  });
  return `${LEAD}${[...new Set(labels)].join("、")}）`;
}

/** The names listed in each placeholder of a text, with where the placeholder is. */
function placeholders(text: string): { names: string[]; start: number; end: number }[] {
  const found: { names: string[]; start: number; end: number }[] = [];
  let start = text.indexOf(LEAD);
  while (start >= 0) {
    // Names may hold brackets of their own ("因公出国（境）团组数"): the placeholder ends where they balance.
    let depth = 1;
    let end = start + LEAD.length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === "（") depth++;
      else if (text[end] === "）") depth--;
    }
    found.push({ names: text.slice(start + LEAD.length, end - 1).split("、"), start, end });
    start = text.indexOf(LEAD, end);
  }
  return found;
}

/** The rule a field's finding is filed under: the rule of the section that states it. */
const RULE_BY_SECTION: Readonly<Record<string, string>> = {
  一: "N-1",
  四: "N-4",
  五: "N-7",
  九: "N-14",
  十: "N-15",
  十一: "N-16",
  十二: "N-17",
  十三: "N-18",
};

/** The field's keys left blank: itself, or for a per-row field (年初预算) each row's. */
function blankKeys(field: SupplementField, ctx: FigureContext): string[] {
  if (field.perRow === undefined) return isBlankField(field.key, ctx) ? [field.key] : [];
  return fieldSumKeys({ fieldSum: field.key, table: field.perRow.table }, ctx).filter((key) =>
    isBlankField(key, ctx),
  );
}

/** "“A”" or "“A”、“B”、“C”等 5 项": the fields a finding names. */
function named(fields: readonly SupplementField[]): string {
  const shown = fields
    .slice(0, 3)
    .map((f) => quote(f.label))
    .join("、");
  return fields.length > 3 ? `${shown}等 ${fields.length} 项` : shown;
}

/** One finding for the fields a placeholder or a figure needs. */
function missingFinding(
  at: Located,
  fields: readonly SupplementField[],
  where: { start: number; end: number },
  ctx: FigureContext,
): FindingInput {
  const [first] = fields;
  const keys = fields.flatMap((field) => blankKeys(field, ctx));
  const rows = first?.perRow && fields.length === 1 ? `有 ${keys.length} 项` : "";
  const message =
    keys.length === 0
      ? `${at.section}、文中仍待填写${named(fields)}：补充数据已填写，请重新生成情况说明或写入该数字`
      : `${at.section}、补充数据${named(fields)}${rows}未填写：请在补充数据中填写（空白不是 0）`;
  return {
    rule: first?.rule ?? RULE_BY_SECTION[first?.section ?? ""] ?? "N-21",
    severity: "warning",
    message,
    place: place(at, where.start, where.end),
    fields: keys.length === 0 ? fields.map((f) => f.key) : keys,
    keyPart: `补充数据|${fields.map((f) => f.key).join("+")}`,
  };
}

/**
 * A 提示 per placeholder for the blank 补充数据 it names (十二's one placeholder for its nine fields is one
 * finding), and per blank field a live figure reads. A per-row field is reported once, where its rows are
 * summed (五(三)'s 年初预算), not again in each 项's paragraph.
 */
export function missingSupplement(at: Located, ctx: FigureContext): FindingInput[] {
  // Most paragraphs have no placeholder and no figure over 补充数据: nothing to look at.
  if (!at.text.includes(LEAD) && !at.layout.figures.some(({ run }) => readsFields(run.figure))) return NONE;
  const fields = fieldsOf(ctx);
  const seen = new Set<string>();
  let out = NONE;
  const report = (needed: (SupplementField | undefined)[], where: { start: number; end: number }) => {
    const fresh = needed.filter(
      (f): f is SupplementField =>
        f !== undefined && !seen.has(f.key) && (f.perRow === undefined || at.paragraph.subject === undefined),
    );
    if (fresh.length === 0) return;
    for (const f of fresh) seen.add(f.key);
    if (out === NONE) out = [];
    out.push(missingFinding(at, fresh, where, ctx));
  };
  for (const { names, start, end } of placeholders(at.text))
    report(
      names.map((name) => indexOf(fields).byName.get(name)),
      { start, end },
    );
  for (const { run, start, end } of at.layout.figures)
    for (const key of blankFields(run.figure, ctx)) report([fieldOf(key, fields)], { start, end });
  return out;
}
