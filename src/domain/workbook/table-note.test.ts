import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { MAX_NOTE_CHARS, tableNoteEdit } from "./table-note";
import { Workbook } from "./workbook";

function doc(notes?: JuesuanDocument["notes"]): JuesuanDocument {
  return {
    format: "juesuan",
    version: 2,
    meta: { department: "测试部门", year: 2023, unit: "万元", template: "2023" },
    tables: {},
    ...(notes ? { notes } : {}),
  };
}

describe("tableNoteEdit", () => {
  it("writes a table's 说明 beside the others, trimmed, keeping its line breaks", () => {
    const result = tableNoteEdit(doc({ "08": "无" }), "07", "  本表无数据。 \n\n 另附说明。 ");
    expect(result).toEqual({
      ok: true,
      edit: { kind: "field", field: "notes", value: { "07": "本表无数据。\n另附说明。", "08": "无" } },
    });
  });

  it("removes the 说明 when it is made blank, and the field when no 说明 is left", () => {
    expect(tableNoteEdit(doc({ "07": "a", "08": "b" }), "07", "  ")).toEqual({
      ok: true,
      edit: { kind: "field", field: "notes", value: { "08": "b" } },
    });
    expect(tableNoteEdit(doc({ "07": "a" }), "07", "")).toEqual({
      ok: true,
      edit: { kind: "field", field: "notes", value: undefined },
    });
  });

  it("makes no edit when the 说明 already says that", () => {
    expect(tableNoteEdit(doc({ "07": "本表无数据。" }), "07", " 本表无数据。")).toEqual({
      ok: true,
      edit: null,
    });
    expect(tableNoteEdit(doc(), "07", " ")).toEqual({ ok: true, edit: null });
  });

  it("refuses an overlong text in Chinese", () => {
    const result = tableNoteEdit(doc(), "07", "字".repeat(MAX_NOTE_CHARS + 1));
    expect(result).toEqual({
      ok: false,
      message: `说明过长（${MAX_NOTE_CHARS + 1} 字）：最多 500 字，未保存`,
    });
  });

  it("is undone exactly by the workbook's inverse", () => {
    const workbook = new Workbook(doc({ "08": "b" }));
    const result = tableNoteEdit(workbook.doc, "07", "新说明");
    if (!result.ok || !result.edit) throw new Error("expected an edit");
    const change = workbook.apply([result.edit]);
    expect(workbook.doc.notes).toEqual({ "07": "新说明", "08": "b" });
    expect(change.meta).toBe(true);
    workbook.apply(change.patch.inverse);
    expect(workbook.doc.notes).toEqual({ "08": "b" });
  });
});
