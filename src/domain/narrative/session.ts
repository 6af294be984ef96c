/**
 * 表文一致 kept current like the tables' 审核 (checks/session.ts): the N-rules' units are evaluated once,
 * and after a cell edit only the units that read a changed cell are evaluated again (with the paragraph
 * layouts that read one). Who reads which cell is noted like the tables' reader index: not while the
 * findings are awaited, but in an idle moment after (`prepareEdits`) or on the first edit. A change of the
 * text, 补充数据, rows, names or the unit evaluates everything again (`refresh`). The findings are those of
 * `checkDocumentNarrative`, in its order.
 */
import type { CellId } from "../engine/cell-id";
import type { Workbook } from "../workbook/workbook";
import { type NarrativeInput, printedFigure } from "./check-narrative";
import { documentNarrative, sortNarrativeFindings } from "./document-narrative";
import type { FigureContext } from "./figures";
import type { NarrativeFinding } from "./findings";
import { narrativeTemplate } from "./generate";
import { LayoutCache, withLayoutCache } from "./layout";
import { noteReader, ReadRecorder } from "./reads";
import { type NarrativeUnit, narrativeUnits } from "./units";

/** What an edit needs: the units' reads (a unit's index by cell) and the context that records them. */
interface EditState {
  readers: Map<CellId, number[]>;
  layouts: LayoutCache;
  ctx: FigureContext;
  recorder: ReadRecorder;
}

export class NarrativeSession {
  private units: NarrativeUnit[] = [];
  private results: NarrativeFinding[][] = [];
  private input: NarrativeInput | null = null;
  /** Made on the first edit or by `prepareEdits`; null again after `refresh`. */
  private edits: EditState | null = null;
  private sorted: readonly NarrativeFinding[] | null = null;

  constructor(readonly workbook: Workbook) {
    this.refresh();
  }

  /** Everything evaluated again (the text, 补充数据, rows, names or the unit may have changed). */
  refresh(): void {
    this.edits = null;
    this.sorted = null;
    const input = documentNarrative(this.workbook);
    this.input = input;
    if (!input) {
      this.units = [];
      this.results = [];
      return;
    }
    const ctx = figureContext(input, { workbook: this.workbook, supplement: input.supplement });
    this.units = narrativeUnits(input.publication, narrativeTemplate(this.workbook.template.id));
    this.results = this.units.map((unit) => unit(ctx));
  }

  /**
   * Notes now who reads which cell, which the first edit would otherwise do: for an idle moment after the
   * findings are shown. Every unit is evaluated once more, its reads recorded; its findings are those of
   * `refresh` (nothing changed in between).
   */
  prepareEdits(): void {
    this.editState();
  }

  /**
   * After `workbook.apply` of cell edits: the cells whose values may have changed. Returns how many units
   * it evaluated again.
   */
  update(changed: Iterable<CellId>): number {
    const edits = this.editState();
    if (edits === null) return 0;
    const ids = [...changed];
    edits.layouts.invalidate(ids);
    const todo = new Set<number>();
    for (const id of ids) for (const index of edits.readers.get(id) ?? []) todo.add(index);
    for (const index of todo) {
      const findings = this.evaluate(edits, index, false);
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

  private editState(): EditState | null {
    const { input } = this;
    if (this.edits !== null || input === null) return this.edits;
    const recorder = new ReadRecorder(this.workbook);
    const layouts = new LayoutCache();
    const ctx = figureContext(
      input,
      { workbook: recorder.workbook, supplement: input.supplement, recorder },
      layouts,
    );
    const edits: EditState = { readers: new Map(), layouts, ctx, recorder };
    for (let index = 0; index < this.units.length; index++) this.evaluate(edits, index, true);
    this.edits = edits;
    return edits;
  }

  /** `fresh`: the first evaluation of the unit since its reads were last noted (see `noteReader`). */
  private evaluate(edits: EditState, index: number, fresh: boolean): NarrativeFinding[] {
    const unit = this.units[index];
    if (!unit) return [];
    const { value, reads } = edits.recorder.record(() => unit(edits.ctx));
    for (const id of reads) noteReader(edits.readers, id, index, fresh);
    return value;
  }
}

/** The figures' context over `input`, its paragraph layouts computed once (kept in `layouts`). */
function figureContext(
  input: NarrativeInput,
  base: FigureContext,
  layouts = new LayoutCache(),
): FigureContext {
  const ctx = withLayoutCache(base, layouts);
  ctx.printed = (key) => printedFigure(input.publication.narrative, ctx, key);
  return ctx;
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
