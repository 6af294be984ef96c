/**
 * JSON output that keeps key order. Plain objects cannot: JavaScript lists integer-like keys ("201",
 * "2010301") first in numeric order, which would put 科目 codes out of their printed order.
 */
export class OrderedObject {
  constructor(readonly entries: readonly (readonly [string, unknown])[]) {}
}

/** Like JSON.stringify(value, null, 2), honouring OrderedObject entries as given. */
export function stringifyOrdered(value: unknown, indent = ""): string {
  if (value instanceof OrderedObject) return writeEntries(value.entries, indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + stringifyOrdered(v ?? null, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    return writeEntries(
      Object.entries(value).filter(([, v]) => v !== undefined),
      indent,
    );
  }
  return JSON.stringify(value) ?? "null";
}

function writeEntries(entries: readonly (readonly [string, unknown])[], indent: string): string {
  const present = entries.filter(([, v]) => v !== undefined);
  if (present.length === 0) return "{}";
  const inner = `${indent}  `;
  const lines = present.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyOrdered(v, inner)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}
