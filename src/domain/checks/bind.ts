/** Turns rule patterns into concrete cells: binds "$row"/variant placeholders and expands "*rows". */

import type { IntList } from "../engine/int-list";
import type { Block } from "../engine/table-blocks";
import type { TableId } from "../templates/types";
import type { CheckContext } from "./context";
import type { CellPattern, Iteration, RowSelect } from "./types";

/** The row bound by `forEach` (if any) and the current variant. */
export interface Binding {
  row: string | undefined;
  variant: Readonly<Record<string, string>>;
}

const NO_VARIANT: Readonly<Record<string, string>> = {};
export const EMPTY_BINDING: Binding = { row: undefined, variant: NO_VARIANT };
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

function substitute(parts: Compiled, binding: Binding): string | null {
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

interface CompiledPattern {
  row: Compiled;
  col: Compiled;
  minus: boolean;
}

const compiledPatterns = new WeakMap<CellPattern, CompiledPattern>();

function compilePattern(pattern: CellPattern): CompiledPattern {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = { row: compile(pattern.row), col: compile(pattern.col), minus: pattern.minus === true };
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

/** A pattern ready to resolve against a session's cells: its table's block, the column looked up once. */
export interface Resolver {
  table: TableId;
  block: Block;
  row: Compiled;
  col: Compiled;
  /** The column's position when the column is literal (-1: the table has no such column); else null. */
  colIndex: number | null;
  minus: boolean;
}

export function resolver(pattern: CellPattern, ctx: CheckContext): Resolver {
  const compiled = compilePattern(pattern);
  const block = ctx.cells.block(pattern.table);
  const only = compiled.col.length === 1 ? compiled.col[0] : undefined;
  const colIndex = typeof only === "string" ? (block.colIndex.get(only) ?? -1) : null;
  return {
    table: pattern.table,
    block,
    row: compiled.row,
    col: compiled.col,
    colIndex,
    minus: compiled.minus,
  };
}

export const resolvers = (patterns: readonly CellPattern[], ctx: CheckContext): Resolver[] =>
  patterns.map((pattern) => resolver(pattern, ctx));

function columnIndex(res: Resolver, binding: Binding): number {
  if (res.colIndex !== null) return res.colIndex;
  const col = substitute(res.col, binding);
  return col === null ? -1 : (res.block.colIndex.get(col) ?? -1);
}

/** The one cell a single-cell pattern stands for (no "*rows"), if the template has it, else -1. */
export function slotOf(res: Resolver, binding: Binding, ctx: CheckContext): number {
  const row = substitute(res.row, binding);
  if (row === null || row.charCodeAt(0) === 42 /* * */) return -1;
  const col = columnIndex(res, binding);
  return col < 0 ? -1 : ctx.cells.slotAt(res.block, row, col);
}

/**
 * Appends the slots of the cells the patterns stand for under a binding to `out` (a subtracted cell as
 * ~slot, which is negative); cells the template does not have are left out. Returns how many were added.
 */
export function collect(
  patterns: readonly Resolver[],
  binding: Binding,
  ctx: CheckContext,
  out: IntList,
): number {
  const before = out.length;
  for (const res of patterns) {
    const row = substitute(res.row, binding);
    if (row === null) continue;
    const col = columnIndex(res, binding);
    if (col < 0) continue;
    if (row.charCodeAt(0) === 42 /* * */ && ROW_SETS.includes(row.slice(1))) {
      for (const r of ctx.select(res.table, row.slice(1) as RowSelect)) {
        const slot = ctx.cells.slotAt(res.block, r, col);
        if (slot >= 0) out.push(res.minus ? ~slot : slot);
      }
    } else {
      const slot = ctx.cells.slotAt(res.block, row, col);
      if (slot >= 0) out.push(res.minus ? ~slot : slot);
    }
  }
  return out.length - before;
}

/**
 * Calls `fn` once per row of `forEach` × entry of `variants` (once when neither is given). The binding
 * object is reused: `fn` must not keep it.
 */
export function iterate(check: Iteration, ctx: CheckContext, fn: (binding: Binding) => void): void {
  const variants = check.variants ?? [NO_VARIANT];
  const binding: Binding = { row: undefined, variant: NO_VARIANT };
  if (!check.forEach) {
    for (const variant of variants) {
      binding.variant = variant;
      fn(binding);
    }
    return;
  }
  for (const row of ctx.select(check.forEach.table, check.forEach.rows)) {
    binding.row = row;
    for (const variant of variants) {
      binding.variant = variant;
      fn(binding);
    }
  }
}
