import { describe, expect, it } from "vitest";
import { cellId } from "../engine/cell-id";
import { seedWorkbook } from "../testing/narrative";
import { ReadRecorder } from "./reads";

describe("ReadRecorder", () => {
  it("notes the cells read through shown and derivedValue, nested reads counting for the outer record too", () => {
    const real = seedWorkbook();
    const recorder = new ReadRecorder(real);
    const a = cellId("01", "收入总计", "决算数");
    const b = cellId("05", "2010301", "小计");
    const outer = recorder.record(() => {
      const inner = recorder.record(() => recorder.workbook.derivedValue(b));
      expect([...inner.reads]).toEqual([b]);
      return recorder.workbook.shown(a);
    });
    expect(outer.value).toEqual(real.shown(a));
    expect([...outer.reads].sort()).toEqual([a, b].sort());
  });

  it("answers every other question as the workbook does, without noting anything", () => {
    const real = seedWorkbook();
    const recorder = new ReadRecorder(real);
    const { reads, value } = recorder.record(() => [
      recorder.workbook.rows("05"),
      recorder.workbook.rowName("05", "2010301"),
      recorder.workbook.doc,
    ]);
    expect(value).toEqual([real.rows("05"), real.rowName("05", "2010301"), real.doc]);
    expect(reads).toHaveLength(0);
  });
});
