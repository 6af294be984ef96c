/**
 * The tables' rows checked by hand, exactly as the schema's `rows` would (a record of records of amount
 * strings or null). They hold nearly every value of a document, and the schema's per-value work was a
 * quarter of `npm run check`'s time. Well-formed rows are lifted out of the parsed file before the schema
 * reads it (it sees an empty record in their place) and put back into its output; rows with anything
 * wrong stay where they are, for the schema to name the problem as before.
 */
import { AMOUNT_PATTERN } from "../money";

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every key is an own data key of the parsed object. `__proto__` is left to the schema: its output would
 * set it as a prototype, not a row, and the lifted rows must read the same.
 */
function wellFormedRows(rows: unknown): boolean {
  if (!isRecord(rows)) return false;
  for (const row in rows) {
    const cells = rows[row];
    if (row === "__proto__" || !isRecord(cells)) return false;
    for (const col in cells) {
      const value = cells[col];
      if (col === "__proto__") return false;
      if (value !== null && (typeof value !== "string" || !AMOUNT_PATTERN.test(value))) return false;
    }
  }
  return true;
}

export interface LiftedRows {
  /** The file with each well-formed `rows` replaced by an empty record (the input is not changed). */
  readonly value: unknown;
  readonly rows: ReadonlyMap<string, Record_>;
}

export function liftAmountRows(json: Record_): LiftedRows {
  const rows = new Map<string, Record_>();
  const tables = json.tables;
  // A table keyed `__proto__` would become the copy's prototype: such a file is left to the schema whole.
  if (!isRecord(tables) || Object.hasOwn(tables, "__proto__")) return { value: json, rows };
  const lifted: Record_ = {};
  for (const id in tables) {
    const data = tables[id];
    if (isRecord(data) && wellFormedRows(data.rows)) {
      rows.set(id, data.rows as Record_);
      lifted[id] = { ...data, rows: {} };
    } else lifted[id] = data;
  }
  if (rows.size === 0) return { value: json, rows };
  return { value: { ...json, tables: lifted }, rows };
}

/** Puts the lifted rows back into the schema's output, in the place of their empty records. */
export function restoreAmountRows(tables: Record_, rows: ReadonlyMap<string, Record_>): void {
  for (const [id, tableRows] of rows) (tables[id] as Record_).rows = tableRows;
}
