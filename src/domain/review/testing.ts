/** Test helpers for the review module: the sample document and thread builders. Only tests import this. */
import { readFileSync } from "node:fs";
import type { JuesuanDocument } from "../document/model";
import { parseDocumentText } from "../document/parse";
import { Workbook } from "../workbook/workbook";
import {
  addThread,
  type CellAnchor,
  type CommentAnchor,
  type CommentsResult,
  type CommentThread,
} from "./comments";

export const SAMPLE_TEXT = readFileSync(
  new URL("../../../public/samples/seed-2023.json", import.meta.url),
  "utf8",
);

export function sampleDocument(): JuesuanDocument {
  const parsed = parseDocumentText(SAMPLE_TEXT);
  if (!parsed.ok) throw new Error("sample does not parse");
  return parsed.document;
}

export function sampleWorkbook(): Workbook {
  return new Workbook(sampleDocument());
}

/** "2024-03-01T08:00:00.000Z" + n minutes. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2024, 2, 1, 8, minutes)).toISOString();
}

export function expectOk(result: CommentsResult): CommentThread[] {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.threads;
}

export function expectRefused(result: CommentsResult): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
}

export const CELL: CellAnchor = { kind: "cell", table: "03", row: "2010301", col: "基本支出" };

/** One thread by 王审核 on CELL (or `anchor`). */
export function oneThread(id = "t1", anchor: CommentAnchor = CELL, minutes = 0): CommentThread[] {
  return expectOk(addThread([], { id, anchor, author: "王审核", text: "请核对这个数", at: at(minutes) }));
}

/** Deeply freezes a value, so that a test fails if an operation mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
