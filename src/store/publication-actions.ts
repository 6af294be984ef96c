/**
 * What the 情况说明 view does to the document: every change is one `field` edit of `publication` or
 * `supplement`, so it is undoable and autosaved like a cell edit. Imported only by that view (loaded on
 * first use). Every action takes the store it acts on.
 */

import { describeProblems } from "../domain/document/problem-place";
import type { Publication } from "../domain/document/publication-model";
import {
  type ChartKind,
  type RunPlace,
  withFigureAsText,
  withGeneratedNarrative,
  withLinkedFigures,
  withRunText,
  withSectionChart,
  withSupplement,
} from "../domain/narrative/edit-publication";
import { narrativeTemplate, noNarrativeTemplate } from "../domain/narrative/generate";
import {
  previousYearDepartmentNote,
  previousYearFields,
  previousYearProblem,
} from "../domain/narrative/previous-year";
import type { SupplementValues } from "../domain/narrative/supplement";
import { Workbook } from "../domain/workbook/workbook";
import { readDocumentText } from "./persistence/read-document";
import type { EditorStore } from "./store";

function setPublication(store: EditorStore, publication: Publication, label: string): boolean {
  return store.getState().applyEdits([{ kind: "field", field: "publication", value: publication }], label);
}

/** The text around the figures, as the accountant rewrites it. */
export function editRunText(store: EditorStore, place: RunPlace, text: string): void {
  const { workbook } = store.getState();
  const publication = workbook?.doc.publication;
  if (!publication) return;
  const edited = withRunText(publication, place, text);
  if (edited) setPublication(store, edited, "编辑情况说明文字");
}

/** A reference made plain text (as it prints now), to be rewritten by hand and checked as typed. */
export function figureToText(store: EditorStore, place: RunPlace, shown: string): void {
  const publication = store.getState().workbook?.doc.publication;
  const edited = publication && withFigureAsText(publication, place, shown);
  if (edited) setPublication(store, edited, "把引用改为文字");
}

const CHART_LABELS: Record<ChartKind, string> = {
  none: "取消本节配图",
  bar: "为本节配条形图",
  pie: "为本节配饼图",
};

export function setSectionChart(store: EditorStore, section: number, kind: ChartKind): void {
  const publication = store.getState().workbook?.doc.publication;
  if (publication) setPublication(store, withSectionChart(publication, section, kind), CHART_LABELS[kind]);
}

export function generateNarrativeText(store: EditorStore): void {
  const { workbook, notify } = store.getState();
  if (!workbook) return;
  if (narrativeTemplate(workbook.template.id).length === 0) {
    notify({ kind: "warning", text: noNarrativeTemplate(workbook.template.name) });
    return;
  }
  if (setPublication(store, withGeneratedNarrative(workbook), "生成情况说明"))
    notify({ kind: "info", text: "已按模板生成情况说明，文中数字均为引用（可撤销）" });
}

export function linkTypedFigures(store: EditorStore): void {
  const { workbook, notify } = store.getState();
  if (!workbook) return;
  const { publication, linked } = withLinkedFigures(workbook);
  if (linked === 0) {
    notify({ kind: "info", text: "没有可改为引用的文中数字（与表中数值不一致的数字保持原样，见审核结果）" });
    return;
  }
  if (setPublication(store, publication, "把文中数字改为引用"))
    notify({ kind: "info", text: `已将 ${linked} 个文中数字改为引用（可撤销）` });
}

export function setSupplementValues(
  store: EditorStore,
  values: SupplementValues,
  label = "修改补充数据",
): boolean {
  const { workbook, applyEdits } = store.getState();
  if (!workbook) return false;
  const value = withSupplement(workbook.doc.supplement, values);
  return applyEdits([{ kind: "field", field: "supplement", value }], label);
}

/**
 * 打开上年文档: fills the 上年数 of 补充数据 from last year's document file, its amounts converted into this
 * document's unit. Another department's name asks first (仍然填入): departments are often renamed.
 */
export async function fillFromPreviousYear(
  store: EditorStore,
  name: string,
  text: string,
  sameDepartment = false,
): Promise<void> {
  const parsed = await readDocumentText(text);
  // Read after the file: the open document is the one to fill, whatever was open when it was picked.
  const { workbook, notify } = store.getState();
  if (!workbook) return;
  if (!parsed.ok) {
    notify({ kind: "error", text: `无法读取上年文档“${name}”：${describeProblems(parsed.problems)}` });
    return;
  }
  const lastYear = new Workbook(parsed.document);
  const problem = previousYearProblem(workbook, lastYear);
  if (problem) {
    notify({ kind: "error", text: `未填入上年数：${problem}` });
    return;
  }
  const renamed = previousYearDepartmentNote(workbook, lastYear);
  if (renamed && !sameDepartment) {
    notify({
      kind: "warning",
      text: `尚未填入上年数：${renamed}。若是同一部门更名，可仍然填入`,
      action: { label: "仍然填入", run: () => void fillFromPreviousYear(store, name, text, true) },
    });
    return;
  }
  const from = lastYear.doc.meta.unit;
  const to = workbook.doc.meta.unit;
  const fields = previousYearFields(lastYear, parsed.document.supplement ?? {}, to);
  const converted = from === to ? "" : `，金额已由${from}折算为${to}`;
  if (setSupplementValues(store, fields, "从上年文档填入上年数"))
    notify({
      kind: "info",
      text: `已从“${name}”填入 ${Object.keys(fields).length} 项上年数${converted}（可撤销）`,
    });
}
