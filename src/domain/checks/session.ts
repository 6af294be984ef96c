/**
 * The evaluator: expands the rule catalog over the open workbook into instances (comparisons of sums kept
 * flat, the few other checks as objects), and after an edit re-evaluates only the instances that read a
 * cell whose shown value may have changed (the index of who reads what is built on the first edit). Rows
 * added or removed (structural) rebuild everything. What each check kind reads, and so when it is
 * evaluated again, is in its registered object (kinds/index.ts).
 */
import type { CellId } from "../engine/cell-id";
import type { Workbook } from "../workbook/workbook";
import { acknowledgementsOf, markAcknowledged } from "./acknowledgements";
import { CheckContext } from "./context";
import type { CheckPlan } from "./instance";
import { type CheckKind, type DocumentKind, kindOf, type StoredKind } from "./kinds/index";
import { SumChecks } from "./kinds/sums";
import { causeReads } from "./likely-cause";
import { sortFindings } from "./order";
import { rulesFor } from "./rules/further-tables";
import type { Check, Finding, Rule } from "./types";

export interface CheckOptions {
  /**
   * bigint arithmetic from the start. Normally chosen by itself: only a document whose sums could leave
   * the float64 safe integers needs it (see shown.ts).
   */
  exact?: boolean;
}

export interface CheckUpdate {
  /** Rows were added or removed (`ApplyResult.structural`): everything is rebuilt. */
  structural?: boolean;
  /** Names, column labels or notes may have changed (rename edits, 说明 text). */
  meta?: boolean;
}

/** Cell (slot) → instances, as offsets into one list. */
interface ReaderIndex {
  starts: Int32Array;
  list: Int32Array;
}

export class CheckSession {
  private ctx!: CheckContext;
  private plan!: CheckPlan;
  /** The finding of each instance (the sums first, then the others) when it fires. */
  private results: (Finding | undefined)[] = [];
  /** Who reads each cell directly; built on first use. */
  private readers: ReaderIndex | null = null;
  /**
   * Who reads each cell for the likely cause of its finding: only checks with an error or warning need
   * their cause kept current. Built on the first update from `causeFired`, then kept as checks fire.
   */
  private causeReaders: Map<number, number[]> | null = null;
  private causeFired: number[] = [];
  private causeRegistered = new Set<number>();
  /** Every check's cause reads (for `rulesReading`), built on first use. */
  private allCauseReaders: Map<number, number[]> | null = null;
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
    this.causeReaders = null;
    this.causeFired = [];
    this.causeRegistered = new Set();
    this.allCauseReaders = null;
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

  /** After `workbook.apply`: the changed cell ids, and whether rows or names/notes changed. */
  update(changed: Iterable<CellId>, options: CheckUpdate = {}): void {
    if (options.structural) {
      this.refresh();
      return;
    }
    const ctx = this.ctx;
    // New values (another scale, bigint units, new cells): the instances are made again over them.
    if (ctx.shown.values !== this.workbook.values(this.exact)) {
      this.refresh();
      return;
    }
    const ids = [...changed];
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
    const causeReaders = this.causeIndex();
    for (const slot of affected) {
      if (slot + 1 < readers.starts.length) {
        const end = readers.starts[slot + 1] as number;
        for (let i = readers.starts[slot] as number; i < end; i++) todo.add(readers.list[i] as number);
      }
      for (const index of causeReaders.get(slot) ?? []) todo.add(index);
    }
    if (options.meta) {
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
    if (!this.allCauseReaders) {
      const all = new Map<number, number[]>();
      const { sums } = this.plan;
      for (let index = 0; index < sums.count; index++)
        if (sums.hasCauses(index, this.ctx)) this.addCauseReads(all, index);
      this.allCauseReaders = all;
    }
    for (const index of this.allCauseReaders.get(slot) ?? []) indices.add(index);
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
        if (this.causeReaders) this.registerCause(this.causeReaders, index);
        else this.causeFired.push(index);
      }
    } else finding = (others[index - sums.count] as CheckPlan["others"][number]).evaluate(this.ctx);
    const before = this.results[index];
    if (unchanged(before, finding ?? undefined)) return;
    this.results[index] = finding ?? undefined;
    this.sorted = null;
  }

  /** Cause reads depend on rows only: once per check and session. */
  private registerCause(index: Map<number, number[]>, check: number): void {
    if (this.causeRegistered.has(check)) return;
    this.causeRegistered.add(check);
    this.addCauseReads(index, check);
  }

  private addCauseReads(index: Map<number, number[]>, check: number): void {
    for (const slot of causeReads(this.ctx, this.plan.sums.reads(check))) {
      const list = index.get(slot);
      if (list === undefined) index.set(slot, [check]);
      else if (list[list.length - 1] !== check) list.push(check);
    }
  }

  private causeIndex(): Map<number, number[]> {
    if (!this.causeReaders) {
      const index = new Map<number, number[]>();
      for (const check of this.causeFired) this.registerCause(index, check);
      this.causeReaders = index;
      this.causeFired = [];
    }
    return this.causeReaders;
  }

  private readerIndex(): ReaderIndex {
    if (this.readers) return this.readers;
    const size = this.ctx.cells.size;
    const { sums, others } = this.plan;
    const starts = new Int32Array(size + 1);
    sums.eachRead((_, slot) => {
      starts[slot + 1] = (starts[slot + 1] as number) + 1;
    });
    for (const instance of others)
      for (const slot of instance.reads) starts[slot + 1] = (starts[slot + 1] as number) + 1;
    for (let slot = 0; slot < size; slot++)
      starts[slot + 1] = (starts[slot + 1] as number) + (starts[slot] as number);
    const list = new Int32Array(starts[size] as number);
    const fill = starts.slice(0, size);
    sums.eachRead((index, slot) => {
      list[fill[slot] as number] = index;
      fill[slot] = (fill[slot] as number) + 1;
    });
    const first = sums.count;
    others.forEach((instance, i) => {
      for (const slot of instance.reads) {
        list[fill[slot] as number] = first + i;
        fill[slot] = (fill[slot] as number) + 1;
      }
    });
    this.readers = { starts, list };
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
    if (!unchanged(before, after)) this.sorted = null;
    else if (before !== undefined) this.formats.set(id, before);
  }
}

interface Registered<K> {
  rule: Rule;
  check: Check;
  kind: K;
}

/** The catalog's checks grouped by what their kind reads, in catalog order. */
interface KindsByReads {
  cells: Registered<Extract<CheckKind, { reads: "cells" }>>[];
  rows: Registered<DocumentKind<Check>>[];
  labels: Registered<DocumentKind<Check>>[];
  stored: Registered<StoredKind<Check>>[];
}

function kindsByReads(rules: readonly Rule[]): KindsByReads {
  const out: KindsByReads = { cells: [], rows: [], labels: [], stored: [] };
  for (const rule of rules) {
    for (const check of rule.checks) {
      const kind = kindOf(check);
      if (kind.reads === "cells") out.cells.push({ rule, check, kind });
      else if (kind.reads === "stored") out.stored.push({ rule, check, kind });
      else out[kind.reads].push({ rule, check, kind });
    }
  }
  return out;
}

/** Full evaluation of a workbook. */
export function checkWorkbook(
  workbook: Workbook,
  rules: readonly Rule[] = rulesFor(workbook.template),
): readonly Finding[] {
  return new CheckSession(workbook, rules).findings();
}

/** A re-evaluated finding that says exactly what the previous one said (its object can be kept). */
function unchanged(a: Finding | undefined, b: Finding | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.key === b.key &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.likelyCause === b.likelyCause &&
    a.values?.left === b.values?.left &&
    a.values?.right === b.values?.right &&
    a.cells.length === b.cells.length
  );
}
