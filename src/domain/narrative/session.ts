/**
 * 表文一致 kept current like the tables' 审核 (checks/session.ts): the N-rules' units are evaluated once
 * with the cells each one reads noted, and after a cell edit only the units that read a changed cell are
 * evaluated again (with the paragraph layouts that read one). A change of the text, 补充数据, rows, names or
 * the unit evaluates everything again (`refresh`). The findings are those of `checkDocumentNarrative`, in
 * its order.
 */
import type { CellId } from "../engine/cell-id";
import type { Workbook } from "../workbook/workbook";
import { printedFigure } from "./check-narrative";
import { documentNarrative, sortNarrativeFindings } from "./document-narrative";
import type { FigureContext } from "./figures";
import type { NarrativeFinding } from "./findings";
import { narrativeTemplate } from "./generate";
import { LayoutCache, withLayoutCache } from "./layout";
import { noteReader, ReadRecorder } from "./reads";
import { type NarrativeUnit, narrativeUnits } from "./units";

export class NarrativeSession {
  private units: NarrativeUnit[] = [];
  private results: NarrativeFinding[][] = [];
  private readers = new Map<CellId, number[]>();
  private layouts = new LayoutCache();
  private ctx: FigureContext | null = null;
  private recorder: ReadRecorder | null = null;
  private sorted: readonly NarrativeFinding[] | null = null;

  constructor(readonly workbook: Workbook) {
    this.refresh();
  }

  /** Everything evaluated again (the text, 补充数据, rows, names or the unit may have changed). */
  refresh(): void {
    this.readers = new Map();
    this.layouts = new LayoutCache();
    this.sorted = null;
    const input = documentNarrative(this.workbook);
    if (!input) {
      this.units = [];
      this.results = [];
      this.ctx = null;
      return;
    }
    const recorder = new ReadRecorder(this.workbook);
    const ctx = withLayoutCache(
      { workbook: recorder.workbook, supplement: input.supplement, recorder },
      this.layouts,
    );
    ctx.printed = (key) => printedFigure(input.publication.narrative, ctx, key);
    this.recorder = recorder;
    this.ctx = ctx;
    this.units = narrativeUnits(input.publication, narrativeTemplate(this.workbook.template.id));
    this.results = this.units.map((_, index) => this.evaluate(index, true));
  }

  /**
   * After `workbook.apply` of cell edits: the cells whose values may have changed. Returns how many units
   * it evaluated again.
   */
  update(changed: Iterable<CellId>): number {
    const ids = [...changed];
    this.layouts.invalidate(ids);
    const todo = new Set<number>();
    for (const id of ids) for (const index of this.readers.get(id) ?? []) todo.add(index);
    for (const index of todo) {
      const findings = this.evaluate(index);
      if (sameFindings(this.results[index] ?? [], findings)) continue;
      this.results[index] = findings;
      this.sorted = null;
    }
    return todo.size;
  }

  /** Every finding, errors first; the same array as last time when no finding changed. */
  findings(): readonly NarrativeFinding[] {
    this.sorted ??= sortNarrativeFindings(this.results.flat());
    return this.sorted;
  }

  /** How many units there are (the N-rules cut per paragraph; for tests and the bench). */
  get unitCount(): number {
    return this.units.length;
  }

  /** `fresh`: the first evaluation of the unit since `refresh` (see `noteReader`). */
  private evaluate(index: number, fresh = false): NarrativeFinding[] {
    const unit = this.units[index];
    const { ctx, recorder } = this;
    if (!unit || !ctx || !recorder) return [];
    const { value, reads } = recorder.record(() => unit(ctx));
    for (const id of reads) noteReader(this.readers, id, index, fresh);
    return value;
  }
}

/** A unit's findings say what they said before (the old objects can be kept). */
function sameFindings(a: readonly NarrativeFinding[], b: readonly NarrativeFinding[]): boolean {
  return (
    a.length === b.length &&
    a.every((finding, i) => {
      const other = b[i] as NarrativeFinding;
      return (
        finding.key === other.key &&
        finding.severity === other.severity &&
        finding.message === other.message &&
        finding.place.start === other.place.start &&
        finding.place.end === other.place.end
      );
    })
  );
}
