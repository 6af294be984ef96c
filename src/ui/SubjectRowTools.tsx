import { type FormEvent, useMemo, useState } from "react";
import { functionCodeName } from "../domain/catalog/lookup";
import { joinTypedCode } from "../domain/templates/code-display";
import { tableOf } from "../domain/templates/structure";
import type { TableId } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { seenCodes } from "../store/catalog-memory";
import { addSubjectRow, removeSubjectRow } from "../store/edit-actions";
import { useEditor } from "../store/store";
import { codeSuggestions, SEEN_MARK } from "./catalogs/code-suggestions";

/** Cut with an ellipsis where the row is narrow (side panel open): the whole text shows on hover. */
const HINT = "上级科目缺失时自动补齐；删除可撤销（Ctrl+Z）";
/** What the name field shows before anything is typed: the catalog's name, a seen one (marked), or a hint. */
function namePlaceholder(known: string | undefined, seen: string | undefined): string {
  if (known !== undefined) return known;
  if (seen !== undefined) return `${seen}（${SEEN_MARK}）`;
  return "目录中没有时请填写";
}

/**
 * Add a 科目 row by code (name prefilled from the document's 科目目录, else from a document opened
 * earlier) or remove the selected one. The code field suggests the catalog's codes and the seen ones.
 */
export function SubjectRowTools({ table, workbook }: { table: TableId; workbook: Workbook }) {
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  // The revision makes this re-run after rows change: the workbook object itself stays the same.
  const selected = useEditor((s) => {
    const row = s.revision >= 0 ? (s.focusedRow[table] ?? s.selection[table]?.row) : undefined;
    return row && s.workbook?.hasRow(table, row) ? row : undefined;
  });
  const catalogRevision = useEditor((s) => s.catalogRevision);
  const docId = useEditor((s) => s.docId);
  const year = workbook.doc.meta.year;
  // Read again when another document opens or the catalogs change, not on every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: docId and catalogRevision say when to read again
  const seen = useMemo(() => seenCodes(), [docId, catalogRevision]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: catalogRevision says when the editions changed
  const suggestions = useMemo(() => codeSuggestions(year, seen), [year, seen, catalogRevision]);
  const trimmed = joinTypedCode(code);
  const known = functionCodeName(trimmed, year);
  const seenName = known === undefined ? seen.get(trimmed) : undefined;
  const total = tableOf(workbook.template, table).layout;
  const removable = selected && total.kind === "subject" && selected !== total.totalRow.key;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (addSubjectRow(useEditor, table, code, name || seenName)) {
      setCode("");
      setName("");
    }
  };

  return (
    <form className="row-tools" onSubmit={submit} aria-label="科目行">
      <label>
        科目编码
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          placeholder="类3位/款5位/项7位"
          list={`subject-codes-${table}`}
          data-testid={`add-code-${table}`}
        />
      </label>
      <datalist id={`subject-codes-${table}`} data-testid={`code-suggestions-${table}`}>
        {suggestions.map((s) => (
          <option key={s.code} value={s.code} label={s.seen ? `${s.name}（${SEEN_MARK}）` : s.name} />
        ))}
      </datalist>
      <label>
        科目名称
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={namePlaceholder(known, seenName)}
          data-testid={`add-name-${table}`}
        />
      </label>
      <button type="submit" data-testid={`add-row-${table}`}>
        添加科目行
      </button>
      <button
        type="button"
        disabled={!removable}
        onClick={() => selected && removeSubjectRow(useEditor, table, selected)}
        data-testid={`remove-row-${table}`}
      >
        {removable ? `删除科目 ${selected}` : "删除所选科目行"}
      </button>
      <span className="hint" title={HINT}>
        {HINT}
      </span>
    </form>
  );
}
