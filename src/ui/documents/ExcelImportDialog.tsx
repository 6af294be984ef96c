import { useEffect, useRef, useState } from "react";
import type { DocumentMeta, JuesuanDocument } from "../../domain/document/model";
import { findTemplate } from "../../domain/templates/registry";
import { tableOf, tableOrder } from "../../domain/templates/structure";
import { mergeRefusal, planWorkbookMerge } from "../../domain/xlsx/merge-plan";
import type { ImportReport } from "../../domain/xlsx/recognise";
import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";
import { importWorkbookBytes } from "../../xlsx/import-workbook";
import { type CheckedFacts, checkFacts, ExcelImportFacts, type FactFields } from "./ExcelImportFacts";
import { closeWorkbookPreview } from "./excel-import-state";
import "./documents-views.css";
import { errorReason } from "../../domain/error-reason";

type Preview = { state: "reading" } | { state: "ready"; document: JuesuanDocument; report: ImportReport };

function refuse(fileName: string, message: string): void {
  useEditor.getState().setPersistence({
    importFailure: { fileName, problems: [{ path: "（文件）", message }], total: 1 },
  });
  closeWorkbookPreview();
}

/** Reads the workbook and recognises its tables; a file that cannot be read is reported and closes. */
function usePreview(file: File): Preview {
  const [preview, setPreview] = useState<Preview>({ state: "reading" });
  useEffect(() => {
    let live = true;
    const { workbook } = useEditor.getState();
    const meta = workbook?.doc.meta;
    void file
      .arrayBuffer()
      .then((bytes) =>
        importWorkbookBytes(bytes, {
          fileName: file.name,
          ...(meta ? { preferredTemplate: meta.template } : {}),
          defaults: { department: meta?.department ?? "", year: meta?.year ?? new Date().getFullYear() - 1 },
        }),
      )
      .catch((error: unknown) => ({ ok: false as const, message: `无法读取文件：${errorReason(error)}` }))
      .then((result) => {
        if (!live) return;
        if (result.ok) setPreview({ state: "ready", document: result.document, report: result.report });
        else refuse(file.name, result.message);
      });
    return () => {
      live = false;
    };
  }, [file]);
  return preview;
}

function merge(file: File, imported: JuesuanDocument): void {
  const { workbook, applyEdits, notify } = useEditor.getState();
  if (!workbook) return;
  const edits = planWorkbookMerge(workbook, imported);
  closeWorkbookPreview();
  if (edits.length === 0) {
    notify({ kind: "info", text: `“${file.name}”与当前文档一致，没有需要合并的内容` });
    return;
  }
  if (applyEdits(edits, `合并工作簿 ${file.name}`))
    notify({ kind: "info", text: `已把“${file.name}”合并到当前文档（${edits.length} 处改动，可撤销）` });
}

function ReportView({ report }: { report: ImportReport }) {
  const template = findTemplate(report.template);
  if (!template) return null;
  return (
    <>
      <table className="excel-import-tables" data-testid="excel-import-tables">
        <thead>
          <tr>
            <th>表</th>
            <th>工作表</th>
            <th>行</th>
            <th>数字</th>
          </tr>
        </thead>
        <tbody>
          {tableOrder(template).map((id) => {
            const found = report.tables.find((t) => t.table === id);
            const name = `${tableOf(template, id).label} ${tableOf(template, id).title}`;
            return found ? (
              <tr key={id} data-table={id}>
                <td>{name}</td>
                <td>{found.sheet}</td>
                <td className="number">{found.rows}</td>
                <td className="number">{found.figures}</td>
              </tr>
            ) : (
              <tr key={id} className="missing" data-table={id}>
                <td>{name}</td>
                <td colSpan={3}>工作簿中未找到</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {report.unplaced.length === 0 ? (
        <p className="excel-import-ok">工作簿中的内容全部可以放置。</p>
      ) : (
        <div className="excel-import-unplaced">
          <p>以下 {report.unplaced.length} 处内容无法放置，导入时将略过：</p>
          <ul data-testid="excel-import-unplaced">
            {report.unplaced.map((u) => (
              <li key={`${u.where}:${u.what}`}>
                <code>{u.where}</code>（{tableOf(template, u.table).label}）：{u.what}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** The imported document with the 部门 and 年度 of the preview's fields. */
function withFacts(document: JuesuanDocument, checked: CheckedFacts): JuesuanDocument {
  const year = checked.year ?? document.meta.year;
  return { ...document, meta: { ...document.meta, department: checked.department, year } };
}

/** Why a button cannot act: a field to correct first (the year for both, the department for 新建). */
function blockers(checked: CheckedFacts, imported: JuesuanDocument, current: DocumentMeta | undefined) {
  return {
    create: checked.errors.year ?? checked.errors.department ?? null,
    merge: checked.errors.year ?? mergeRefusal(imported.meta, current),
  };
}

function Toolbar({
  file,
  ready,
  checked,
}: {
  file: File;
  ready: Preview | null;
  checked: CheckedFacts | null;
}) {
  const current = useEditor((s) => s.workbook?.doc.meta);
  const imported = ready?.state === "ready" && checked ? withFacts(ready.document, checked) : null;
  const blocked = imported && checked ? blockers(checked, imported, current) : { create: "", merge: "" };
  return (
    <>
      {imported && blocked.merge && !checked?.errors.year && (
        <p className="excel-import-note" data-testid="excel-import-merge-refused">
          {blocked.merge}
        </p>
      )}
      <div className="documents-toolbar">
        <button
          type="button"
          className="primary"
          disabled={!imported || blocked.create !== null}
          title={blocked.create ?? "把工作簿作为新文档打开"}
          data-testid="excel-import-new"
          onClick={() => {
            if (!imported) return;
            closeWorkbookPreview();
            void documentSession()?.openImported(imported, file.name);
          }}
        >
          新建文档
        </button>
        <button
          type="button"
          disabled={!imported || blocked.merge !== null}
          title={blocked.merge ?? "把工作簿中的数字、科目名称和说明写入当前文档（可撤销）"}
          data-testid="excel-import-merge"
          onClick={() => imported && merge(file, imported)}
        >
          合并到当前文档
        </button>
        <button type="button" onClick={closeWorkbookPreview}>
          取消
        </button>
      </div>
    </>
  );
}

/** 导入 Excel: what the workbook holds, before anything changes; 新建文档 or 合并到当前文档. */
export function ExcelImportDialog({ file }: { file: File }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = usePreview(file);
  const [fields, setFields] = useState<FactFields | null>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  useEffect(() => {
    if (preview.state !== "ready") return;
    const { department, year } = preview.document.meta;
    setFields({ department, year: String(year) });
  }, [preview]);
  const ready = preview.state === "ready" ? preview : null;
  const checked = fields ? checkFacts(fields, new Date()) : null;
  return (
    <dialog
      ref={dialog}
      className="documents-dialog excel-import"
      aria-labelledby="excel-import-title"
      data-testid="excel-import-dialog"
      onClose={closeWorkbookPreview}
    >
      <div className="documents-panel">
        <div className="documents-head">
          <h2 id="excel-import-title">导入 Excel 工作簿：{file.name}</h2>
          <span className="documents-hint">确认之前不会改动任何文档</span>
        </div>
        {ready && (
          <p className="excel-import-summary" data-testid="excel-import-template">
            识别的表样：{ready.report.templateName}；单位：{ready.document.meta.unit}
          </p>
        )}
        {/* 部门 and 年度 before the tables: what to check and correct, where a small screen shows it. */}
        {ready && fields && checked && (
          <ExcelImportFacts
            facts={ready.report.facts}
            detected={ready.document.meta}
            fields={fields}
            errors={checked.errors}
            update={(patch) => setFields({ ...fields, ...patch })}
          />
        )}
        {ready ? <ReportView report={ready.report} /> : <p>正在读取工作簿…</p>}
        <Toolbar file={file} ready={ready} checked={checked} />
      </div>
    </dialog>
  );
}
