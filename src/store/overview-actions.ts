/**
 * Writing 第一部分 部门概况: paragraphs and sub-headings added, rewritten, removed. A document with nothing
 * written yet starts from the template's publication (headings, 名词解释), stored with the first change.
 * Every action takes the store it acts on.
 */
import {
  withOverviewParagraph,
  withOverviewParagraphMoved,
  withoutOverviewParagraph,
} from "../domain/narrative/edit-parts";
import { publicationOf, withRunText } from "../domain/narrative/edit-publication";
import { commitPart } from "./part-edit";
import type { EditorStore } from "./store";

const current = (store: EditorStore) => {
  const { workbook } = store.getState();
  return workbook ? publicationOf(workbook) : null;
};

export function addOverviewParagraph(
  store: EditorStore,
  after: number,
  text: string,
  heading: boolean,
): boolean {
  const publication = current(store);
  if (!publication) return false;
  const result = withOverviewParagraph(publication, after, text, heading);
  return commitPart(store, result, heading ? "添加部门概况标题" : "添加部门概况段落");
}

export function removeOverviewParagraph(store: EditorStore, index: number): boolean {
  const publication = current(store);
  if (!publication) return false;
  return commitPart(store, withoutOverviewParagraph(publication, index), "删除部门概况段落");
}

/** 上移 (`by` −1) or 下移 (+1): the paragraph or heading swapped with its neighbour, one undoable edit. */
export function moveOverviewParagraph(store: EditorStore, index: number, by: -1 | 1): boolean {
  const publication = current(store);
  if (!publication) return false;
  const result = withOverviewParagraphMoved(publication, index, by);
  return commitPart(store, result, by < 0 ? "上移部门概况段落" : "下移部门概况段落");
}

/** A paragraph's (or heading's) text rewritten; 部门概况 holds no figures, so each is one text run. */
export function editOverviewText(store: EditorStore, index: number, run: number, text: string): boolean {
  const publication = current(store);
  if (!publication) return false;
  const edited = withRunText(publication, { section: -1, paragraph: index, run }, text);
  const result = edited
    ? { ok: true as const, publication: edited }
    : { ok: false as const, message: "该段落不存在，未保存" };
  return commitPart(store, result, "编辑部门概况");
}
