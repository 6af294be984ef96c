/**
 * The evaluator: expands the rule catalog over the open workbook into instances (comparisons of sums kept
 * flat, the few other checks as objects), and after an edit re-evaluates only the instances that read a
 * cell whose shown value may have changed (the index of who reads what is built on the first edit). Rows
 * added or removed (structural) rebuild everything. What each check kind reads, and so when it is
 * evaluated again, is in its registered object (kinds/index.ts).
 */
import type { CellId } from "../engine/cell-id";
import { type ChangeSet, restructures } from "../workbook/change-set";
import type { Workbook } from "../workbook/workbook";
import { acknowledgementsOf, markAcknowledged } from "./acknowledgements";
import { CauseReaders } from "./cause-readers";
import { CheckContext } from "./context";
import type { CheckPlan } from "./instance";
import type { DocumentKind } from "./kinds/index";
import { SumChecks } from "./kinds/sums";
import { type KindsByReads, kindsByReads } from "./kinds-by-reads";
import { causeReads } from "./likely-cause";
import { sortFindings } from "./order";
import { buildReaderIndex, type ReaderIndex } from "./reader-index";
import { rulesFor } from "./rules/further-tables";
import { sameFinding } from "./same-finding";
import type { Check, Finding, Rule } from "./types";

export interface CheckOptions {
  /**
   * bigint arithmetic from the start. Normally chosen by itself: only a document whose sums could leave
   * the float64 safe integers needs it (see shown.ts).
   */
  exact?: boolean;
}

export class CheckSession {
  private ctx!: CheckContext;
  private plan!: CheckPlan;
  /** The finding of each instance (the sums first, then the others) when it fires. */
  private results: (Finding | undefined)[] = [];
  /** Who reads each cell directly; built on first use. */
  private readers: ReaderIndex | null = null;
  /** Who reads each cell for the likely cause of its finding (made again with the plan). */
  private causes!: CauseReaders;
  /** Findings of the whole-document kinds, by what they read. */
  private readonly documentFindings: Record<DocumentKind<Check>["reads"], Finding[]> = {
    rows: [],
    labels: [],
  };
  private readonly formats = new Map<CellId, Finding>();
  /**
   * The last `findings()` answer, kept while no finding changed: an edit that changes no finding costs no
   * sort, and callers (the UI) get the same array and skip their work.
   */
  private sorted: { findings: readonly Finding[]; acknowledgements: unknown } | null = null;
  private readonly byReads: KindsByReads;
  /** bigint arithmetic, for good once the document needed it (see shown.ts). */
  private exact: boolean;

  constructor(
    readonly workbook: Workbook,
    readonly rules: readonly Rule[] = rulesFor(workbook.template),
    options: CheckOptions = {},
  ) {
    this.exact = options.exact === true;
    this.byReads = kindsByReads(rules);
    this.refresh();
  }

  /** Full evaluation. */
  refresh(): void {
    const ctx = new CheckContext(this.workbook, this.exact);
    const plan: CheckPlan = { sums: new SumChecks(), others: [] };
    for (const { rule, check, kind } of this.byReads.cells) kind.expand(rule, check, ctx, plan);
    this.ctx = ctx;
    this.plan = plan;
    this.sorted = null;
    this.results = new Array(this.instanceCount);
    this.readers = null;
    this.causes = new CauseReaders(ctx, plan.sums);
    for (let index = 0; index < this.results.length; index++) this.evaluate(index);
    this.evaluateDocument("rows");
    this.evaluateDocument("labels");
    this.formats.clear();
    const { shown } = ctx;
    for (const { check, kind } of this.byReads.stored) {
      const stored = shown.storedSlots();
      for (let i = 0; i < stored.length; i++) {
        const slot = stored.get(i);
        if (kind.breaks(check, ctx, shown.stored(slot))) this.evaluateFormat(ctx.idOf(slot));
      }
    }
    if (shown.unsafe && !this.exact) {
      this.exact = true;
      this.refresh();
    }
  }

  /**
   * After `workbook.apply` (or an undo, a redo): its change set. Rows added or removed, or a reset, rebuild
   * everything; changed names, column labels or notes (`meta`) re-evaluate what names them.
   */
  update(change: ChangeSet): void {
    if (restructures(change)) {
      this.refresh();
      return;
    }
    const ctx = this.ctx;
    // New values (another scale, bigint units, new cells): the instances are made again over them.
    if (ctx.shown.values !== this.workbook.values(this.exact)) {
      this.refresh();
      return;
    }
    const ids = [...change.changed];
    const slots: number[] = [];
    for (const id of ids) {
      const slot = ctx.cells.find(id);
      if (slot === undefined || this.needsRebuild(id, slot)) {
        this.refresh();
        return;
      }
      slots.push(slot);
    }
    const affected = ctx.shown.reach(slots);
    const todo = new Set<number>();
    const readers = this.readerIndex();
    for (const slot of affected) {
      if (slot + 1 < readers.starts.length) {
        const end = readers.starts[slot + 1] as number;
        for (let i = readers.starts[slot] as number; i < end; i++) todo.add(readers.list[i] as number);
      }
      for (const index of this.causes.readersOf(slot)) todo.add(index);
    }
    if (change.meta) {
      // Messages name rows: refresh every current finding, and every check that reads names or notes.
      ctx.forgetLabels();
      this.results.forEach((finding, index) => {
        if (finding) todo.add(index);
      });
      const first = this.plan.sums.count;
      this.plan.others.forEach((instance, index) => {
        if (instance.meta) todo.add(first + index);
      });
      this.evaluateDocument("labels");
      this.evaluateDocument("rows");
      for (const id of [...this.formats.keys()]) this.evaluateFormat(id);
    }
    for (const index of todo) this.evaluate(index);
    for (const id of ids) this.evaluateFormat(id);
    if (ctx.shown.unsafe && !this.exact) {
      this.exact = true;
      this.refresh();
    }
  }

  /**
   * Builds now what the first edit would otherwise build (who reads each cell, the likely causes' reads,
   * the plan's reverse and order): for an idle moment after the first evaluation, so that the first edit
   * costs what every other does.
   */
  prepareEdits(): void {
    this.readerIndex();
    this.causes.prepare();
    this.ctx.shown.values.prepareUpdates();
  }

  /**
   * Every finding, in a stable order, acknowledged warnings marked. The same array (and the same finding
   * objects) as last time when nothing changed: do not mutate it.
   */
  findings(): readonly Finding[] {
    const acknowledgements = this.workbook.doc.acknowledgements;
    if (this.sorted !== null && this.sorted.acknowledgements === acknowledgements)
      return this.sorted.findings;
    const all: Finding[] = [];
    for (const finding of this.results) if (finding) all.push(finding);
    all.push(...this.documentFindings.rows, ...this.documentFindings.labels, ...this.formats.values());
    const findings = sortFindings(markAcknowledged(all, acknowledgementsOf(this.workbook.doc)), this.rules);
    this.sorted = { findings, acknowledgements };
    return findings;
  }

  /** The rule ids of the checks that read a cell (for showing "which cell must agree with which"). */
  rulesReading(id: CellId): string[] {
    const slot = this.ctx.cells.find(id);
    if (slot === undefined) return [];
    const indices = new Set<number>();
    const readers = this.readerIndex();
    if (slot + 1 < readers.starts.length) {
      const end = readers.starts[slot + 1] as number;
      for (let i = readers.starts[slot] as number; i < end; i++) indices.add(readers.list[i] as number);
    }
    for (const index of this.causes.allReadersOf(slot)) indices.add(index);
    const rules = new Set([...indices].map((index) => this.ruleOf(index)));
    return this.rules.filter((rule) => rules.has(rule)).map((rule) => rule.id);
  }

  /** Each check instance's key with the cells it reads (its own, and those of its likely cause). */
  instanceReads(): Map<string, readonly CellId[]> {
    const ctx = this.ctx;
    const { sums, others } = this.plan;
    const out = new Map<string, readonly CellId[]>();
    for (let index = 0; index < sums.count; index++) {
      const reads = sums.reads(index);
      if (sums.hasCauses(index, this.ctx)) reads.push(...causeReads(ctx, reads));
      out.set(
        sums.key(index, ctx),
        reads.map((slot) => ctx.idOf(slot)),
      );
    }
    for (const instance of others)
      out.set(
        instance.key(ctx),
        instance.reads.map((slot) => ctx.idOf(slot)),
      );
    return out;
  }

  /** Whether the session computes with bigint (see `CheckOptions.exact`). */
  get exactArithmetic(): boolean {
    return this.ctx.shown.exact;
  }

  get instanceCount(): number {
    return this.plan.sums.count + this.plan.others.length;
  }

  /**
   * A derived cell that gains a stated value needs the identity checks on it, which were not built while it
   * had none; an amount with more decimals than the checks compute with needs a finer scale.
   */
  private needsRebuild(id: CellId, slot: number): boolean {
    const text = this.workbook.stored(id);
    const { shown } = this.ctx;
    if (!shown.fits(text)) return true;
    return text !== undefined && shown.gainedStored(slot) && shown.isDerived(slot);
  }

  private ruleOf(index: number): Rule {
    const { sums, others } = this.plan;
    return index < sums.count
      ? sums.rule(index)
      : (others[index - sums.count] as CheckPlan["others"][number]).rule;
  }

  private evaluate(index: number): void {
    const { sums, others } = this.plan;
    let finding: Finding | null;
    if (index < sums.count) {
      finding = sums.evaluate(index, this.ctx);
      if (finding !== null && finding.severity !== "info" && sums.hasCauses(index, this.ctx)) {
        this.causes.fired(index);
      }
    } else finding = (others[index - sums.count] as CheckPlan["others"][number]).evaluate(this.ctx);
    const before = this.results[index];
    if (sameFinding(before, finding ?? undefined)) return;
    this.results[index] = finding ?? undefined;
    this.sorted = null;
  }

  private readerIndex(): ReaderIndex {
    this.readers ??= buildReaderIndex(this.ctx.cells.size, this.plan);
    return this.readers;
  }

  private evaluateDocument(reads: DocumentKind<Check>["reads"]): void {
    const ctx = this.ctx;
    this.sorted = null;
    this.documentFindings[reads] = this.byReads[reads].flatMap(({ rule, check, kind }) =>
      kind.findings(rule, check, ctx),
    );
  }

  private evaluateFormat(id: CellId): void {
    const ctx = this.ctx;
    const slot = ctx.cells.find(id);
    const text = slot === undefined ? undefined : ctx.shown.stored(slot);
    const before = this.formats.get(id);
    this.formats.delete(id);
    for (const { rule, check, kind } of this.byReads.stored) {
      const finding = kind.finding(rule, check, ctx, id, text);
      if (finding) this.formats.set(id, finding);
    }
    const after = this.formats.get(id);
    if (!sameFinding(before, after)) this.sorted = null;
    else if (before !== undefined) this.formats.set(id, before);
  }
}

/** Full evaluation of a workbook. */
export function checkWorkbook(
  workbook: Workbook,
  rules: readonly Rule[] = rulesFor(workbook.template),
): readonly Finding[] {
  return new CheckSession(workbook, rules).findings();
}
