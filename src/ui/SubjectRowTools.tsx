import { type FormEvent, useState } from "react";
import { functionCodeName } from "../domain/catalog/lookup";
import { tableOf } from "../domain/templates/structure";
import type { TableId } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { addSubjectRow, removeSubjectRow } from "../store/edit-actions";
import { useEditor } from "../store/store";

/** Add a 科目 row by code (name prefilled from the catalog) or remove the selected one. */
export function SubjectRowTools({ table, workbook }: { table: TableId; workbook: Workbook }) {
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  // The revision makes this re-run after rows change: the workbook object itself stays the same.
  const selected = useEditor((s) => {
    const row = s.revision >= 0 ? s.selection[table]?.row : undefined;
    return row && s.workbook?.hasRow(table, row) ? row : undefined;
  });
  const known = functionCodeName(code.trim());
  const total = tableOf(workbook.template, table).layout;
  const removable = selected && total.kind === "subject" && selected !== total.totalRow.key;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (addSubjectRow(table, code, name || undefined)) {
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
          data-testid={`add-code-${table}`}
        />
      </label>
      <label>
        科目名称
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={known ?? "目录中没有时请填写"}
          data-testid={`add-name-${table}`}
        />
      </label>
      <button type="submit" data-testid={`add-row-${table}`}>
        添加科目行
      </button>
      <button
        type="button"
        disabled={!removable}
        onClick={() => selected && removeSubjectRow(table, selected)}
        data-testid={`remove-row-${table}`}
      >
        {removable ? `删除科目 ${selected}` : "删除所选科目行"}
      </button>
      <span className="hint">上级科目缺失时自动补齐；删除可撤销（Ctrl+Z）</span>
    </form>
  );
}
