/** Turns rule patterns into concrete cells: binds "$row"/variant placeholders and expands "*rows". */
import type { CellId } from "../engine/cell-id";
import type { TableId } from "../templates/types";
import type { CheckContext } from "./context";
import type { CellPattern, Iteration, RowSelect } from "./types";

/** A concrete cell of a check. */
export interface Bound {
  id: CellId;
  table: TableId;
  row: string;
  col: string;
  minus: boolean;
}

/** The row bound by `forEach` (if any) and the current variant. */
export interface Binding {
  row: string | undefined;
  variant: Readonly<Record<string, string>>;
}

const NO_BINDING: Binding = { row: undefined, variant: {} };
const PLACEHOLDER = /\$([A-Za-z0-9]+)/g;
const ROW_SETS: readonly string[] = ["all", "codes", "classes", "leaves"];

/** A pattern string compiled once: literal text and placeholder names. */
type Compiled = readonly (string | { name: string })[];
const compiledStrings = new Map<string, Compiled>();

function compile(text: string): Compiled {
  let compiled = compiledStrings.get(text);
  if (!compiled) {
    const parts: (string | { name: string })[] = [];
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      if (match.index > last) parts.push(text.slice(last, match.index));
      parts.push({ name: match[1] as string });
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    compiled = parts;
    compiledStrings.set(text, compiled);
  }
  return compiled;
}

function lookup(name: string, binding: Binding): string | undefined {
  return name === "row" && binding.row !== undefined ? binding.row : binding.variant[name];
}

function substitute(text: string, binding: Binding): string | null {
  const parts = compile(text);
  if (parts.length === 1) {
    const only = parts[0] as string | { name: string };
    return typeof only === "string" ? only : (lookup(only.name, binding) ?? null);
  }
  let out = "";
  for (const part of parts) {
    const value = typeof part === "string" ? part : lookup(part.name, binding);
    if (value === undefined) return null;
    out += value;
  }
  return out;
}

export function bound(ctx: CheckContext, table: TableId, row: string, col: string, minus = false): Bound {
  return { id: ctx.ids.id(table, row, col), table, row, col, minus };
}

/** The one cell a single-cell pattern stands for (no "*rows"), without checking the template. */
export function resolveId(pattern: CellPattern, binding: Binding, ctx: CheckContext): CellId | null {
  const row = substitute(pattern.row, binding);
  const col = substitute(pattern.col, binding);
  return row === null || col === null || row.startsWith("*") ? null : ctx.ids.id(pattern.table, row, col);
}

/** The cells a pattern stands for under a binding; cells the template does not have are left out. */
export function resolve(pattern: CellPattern, binding: Binding, ctx: CheckContext): Bound[] {
  const row = substitute(pattern.row, binding);
  const col = substitute(pattern.col, binding);
  if (row === null || col === null) return [];
  const minus = pattern.minus === true;
  if (row.startsWith("*") && ROW_SETS.includes(row.slice(1))) {
    return ctx
      .select(pattern.table, row.slice(1) as RowSelect)
      .filter((r) => ctx.hasCell(pattern.table, r, col))
      .map((r) => bound(ctx, pattern.table, r, col, minus));
  }
  return ctx.hasCell(pattern.table, row, col) ? [bound(ctx, pattern.table, row, col, minus)] : [];
}

/** Appends the cells of `patterns` to `ids` (and their signs to `minus`, when given). */
export function collect(
  patterns: readonly CellPattern[],
  binding: Binding,
  ctx: CheckContext,
  ids: CellId[],
  minus: boolean[] | null,
): void {
  for (const pattern of patterns) {
    const row = substitute(pattern.row, binding);
    const col = substitute(pattern.col, binding);
    if (row === null || col === null) continue;
    const rows =
      row.startsWith("*") && ROW_SETS.includes(row.slice(1))
        ? ctx.select(pattern.table, row.slice(1) as RowSelect)
        : [row];
    for (const r of rows) {
      if (!ctx.hasCell(pattern.table, r, col)) continue;
      ids.push(ctx.ids.id(pattern.table, r, col));
      minus?.push(pattern.minus === true);
    }
  }
}

/** Calls `fn` once per row of `forEach` × entry of `variants` (once when neither is given). */
export function iterate(check: Iteration, ctx: CheckContext, fn: (binding: Binding) => void): void {
  const variants = check.variants ?? [NO_BINDING.variant];
  if (!check.forEach) {
    for (const variant of variants) fn({ row: undefined, variant });
    return;
  }
  for (const row of ctx.select(check.forEach.table, check.forEach.rows)) {
    for (const variant of variants) fn({ row, variant });
  }
}

export const EMPTY_BINDING = NO_BINDING;
