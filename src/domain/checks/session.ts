/**
 * The evaluator: expands the rule catalog over the open workbook into instances, indexes which instances
 * read which cells, and after an edit re-evaluates only the instances that read a cell whose shown value
 * may have changed. Rows added or removed (structural) rebuild everything.
 */
import type { CellId } from "../engine/cell-id";
import type { Workbook } from "../workbook/workbook";
import { acknowledgementsOf, markAcknowledged } from "./acknowledgements";
import { type CheckContext, createContext } from "./context";
import type { Instance } from "./instance";
import { formatFinding } from "./kinds/format";
import { instancesOf, labelFindings, structuralFindings } from "./kinds/index";
import { sortFindings } from "./order";
import { RULES } from "./rules/index";
import { documentScale } from "./shown";
import type { Finding, FormatCheck, Rule } from "./types";

export interface CheckUpdate {
  /** Rows were added or removed (`ApplyResult.structural`): everything is rebuilt. */
  structural?: boolean;
  /** Names, column labels or notes may have changed (rename edits, 说明 text). */
  meta?: boolean;
}

export class CheckSession {
  private ctx!: CheckContext;
  private instances: Instance[] = [];
  /** Which instances read each cell: one index, or several. */
  private readers = new Map<CellId, number | number[]>();
  private readonly results = new Map<number, Finding>();
  private structural: Finding[] = [];
  private labels: Finding[] = [];
  private readonly formats = new Map<CellId, Finding>();
  private readonly formatChecks: [Rule, FormatCheck][];

  constructor(
    readonly workbook: Workbook,
    readonly rules: readonly Rule[] = RULES,
  ) {
    this.formatChecks = rules.flatMap((rule) =>
      rule.checks.flatMap((check): [Rule, FormatCheck][] => (check.kind === "format" ? [[rule, check]] : [])),
    );
    this.refresh();
  }

  /** Full evaluation. */
  refresh(): void {
    this.ctx = createContext(this.workbook, documentScale(this.workbook.doc));
    const ctx = this.ctx;
    this.instances = this.rules.flatMap((rule) =>
      rule.checks.flatMap((check) => instancesOf(rule, check, ctx)),
    );
    this.readers = new Map();
    this.instances.forEach((instance, index) => {
      for (const id of instance.reads) {
        const list = this.readers.get(id);
        if (list === undefined) this.readers.set(id, index);
        else if (typeof list === "number") this.readers.set(id, [list, index]);
        else list.push(index);
      }
    });
    this.results.clear();
    for (let index = 0; index < this.instances.length; index++) this.evaluate(index);
    this.evaluateStructure();
    this.evaluateLabels();
    this.formats.clear();
    for (const [id, text] of ctx.shown.storedEntries()) this.evaluateFormat(id, text);
  }

  /** After `workbook.apply`: the changed cell ids, and whether rows or names/notes changed. */
  update(changed: Iterable<CellId>, options: CheckUpdate = {}): void {
    const ids = [...changed];
    if (options.structural || ids.some((id) => this.needsRebuild(id))) {
      this.refresh();
      return;
    }
    const affected = this.ctx.shown.invalidate(ids);
    const todo = new Set<number>();
    for (const id of affected) {
      const list = this.readers.get(id);
      if (typeof list === "number") todo.add(list);
      else if (list) for (const index of list) todo.add(index);
    }
    if (options.meta) {
      // Messages name rows: refresh every current finding, and every check that reads names or notes.
      for (const index of this.results.keys()) todo.add(index);
      this.instances.forEach((instance, index) => {
        if (instance.meta) todo.add(index);
      });
      this.evaluateLabels();
      this.evaluateStructure();
      for (const id of [...this.formats.keys()]) this.evaluateFormat(id, this.ctx.shown.stored(id));
    }
    for (const index of todo) this.evaluate(index);
    for (const id of ids) this.evaluateFormat(id, this.ctx.shown.stored(id));
  }

  /** Every finding, in a stable order, acknowledged warnings marked. */
  findings(): Finding[] {
    const all = [...this.results.values(), ...this.structural, ...this.labels, ...this.formats.values()];
    return sortFindings(markAcknowledged(all, acknowledgementsOf(this.workbook.doc)), this.rules);
  }

  /** The rule ids of the checks that read a cell (for showing "which cell must agree with which"). */
  rulesReading(id: CellId): string[] {
    const rules = this.instances.filter((instance) => instance.reads.includes(id)).map((i) => i.rule.id);
    return [...new Set(rules)];
  }

  /** Each check instance's key with the cells it reads directly. */
  instanceReads(): Map<string, readonly CellId[]> {
    return new Map(this.instances.map((instance) => [instance.key, instance.reads]));
  }

  get instanceCount(): number {
    return this.instances.length;
  }

  /**
   * A derived cell that gains a stated value needs the identity checks on it, which were not built while it
   * had none; an amount with more decimals than the checks compute with needs a finer scale.
   */
  private needsRebuild(id: CellId): boolean {
    const text = this.workbook.stored(id);
    if (!this.ctx.shown.fits(text)) return true;
    return text !== undefined && this.ctx.shown.stored(id) === undefined && this.workbook.isDerived(id);
  }

  private evaluate(index: number): void {
    const finding = (this.instances[index] as Instance).evaluate(this.ctx);
    if (finding) this.results.set(index, finding);
    else this.results.delete(index);
  }

  private evaluateStructure(): void {
    const ctx = this.ctx;
    this.structural = this.rules.flatMap((rule) =>
      rule.checks.flatMap((check) => structuralFindings(rule, check, ctx)),
    );
  }

  private evaluateLabels(): void {
    const ctx = this.ctx;
    this.labels = this.rules.flatMap((rule) =>
      rule.checks.flatMap((check) => labelFindings(rule, check, ctx)),
    );
  }

  private evaluateFormat(id: CellId, text: string | null | undefined): void {
    this.formats.delete(id);
    for (const [rule, check] of this.formatChecks) {
      const finding = formatFinding(rule, check, this.ctx, id, text);
      if (finding) this.formats.set(id, finding);
    }
  }
}

/** Full evaluation of a workbook. */
export function checkWorkbook(workbook: Workbook, rules: readonly Rule[] = RULES): Finding[] {
  return new CheckSession(workbook, rules).findings();
}
