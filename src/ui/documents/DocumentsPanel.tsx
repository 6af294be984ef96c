import { useState } from "react";
import { findTemplate } from "../../domain/templates/registry";
import { documentSession } from "../../store/persistence/browser-session";
import type { DocumentIndexRecord } from "../../store/persistence/types";
import { useEditor } from "../../store/store";
import { CatalogPanel } from "../catalogs/CatalogPanel";
import { ConvertTemplateForm } from "./ConvertTemplateForm";
import { closeDocuments } from "./close-documents";
import { useImportPicker } from "./FileActions";
import { LoadTemplateButton, type TemplateLoadOutcome } from "./LoadTemplateButton";
import { NewDocumentForm } from "./NewDocumentForm";
import "./documents-views.css";

function savedAt(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { hour12: false });
}

/** The list of local documents with its actions (loaded when 文档 is first opened). */
export function DocumentsPanel() {
  const documents = useEditor((s) => s.documents);
  const error = useEditor((s) => s.documentsError);
  const currentId = useEditor((s) => s.docId);
  const [creating, setCreating] = useState(false);
  const [converting, setConverting] = useState(false);
  const [cataloging, setCataloging] = useState(false);
  const [templateLoad, setTemplateLoad] = useState<TemplateLoadOutcome | null>(null);
  const picker = useImportPicker();
  const session = documentSession();

  const openWith = async (action: () => Promise<boolean> | undefined) => {
    if (await action()) closeDocuments();
  };

  return (
    <div className="documents-panel">
      <div className="documents-head">
        <h2 id="documents-title">文档</h2>
        <span className="documents-hint">文档保存在本机浏览器中，每次修改后自动保存</span>
        <button type="button" className="documents-close" onClick={closeDocuments}>
          关闭
        </button>
      </div>
      <div className="documents-toolbar">
        <button type="button" onClick={() => setCreating((v) => !v)} aria-expanded={creating}>
          新建文档
        </button>
        <button type="button" onClick={() => void openWith(() => session?.openSampleCopy())}>
          打开示例
        </button>
        <button type="button" onClick={picker.pick}>
          导入文件…
        </button>
        <button type="button" onClick={() => setConverting((v) => !v)} aria-expanded={converting}>
          转换模板…
        </button>
        <LoadTemplateButton onOutcome={setTemplateLoad} />
        <button type="button" onClick={() => setCataloging((v) => !v)} aria-expanded={cataloging}>
          科目目录…
        </button>
        {picker.element}
      </div>
      {templateLoad && (
        <p
          className={templateLoad.ok ? "documents-note" : "documents-error"}
          role={templateLoad.ok ? "status" : "alert"}
          data-testid="template-load-outcome"
        >
          {templateLoad.text}
        </p>
      )}
      {creating && <NewDocumentForm onCancel={() => setCreating(false)} onCreated={closeDocuments} />}
      {converting && <ConvertTemplateForm onCancel={() => setConverting(false)} onDone={closeDocuments} />}
      {cataloging && <CatalogPanel />}
      {error && (
        <p className="documents-error" role="alert">
          无法读取文档列表：{error}
        </p>
      )}
      <table className="documents-table" data-testid="documents-list">
        <thead>
          <tr>
            <th>名称</th>
            <th>部门</th>
            <th>年度</th>
            <th>单位</th>
            <th>格式</th>
            <th>最后保存</th>
            <th>
              <span className="visually-hidden">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((record) => (
            <DocumentRow key={record.id} record={record} current={record.id === currentId} />
          ))}
          {documents.length === 0 && !error && (
            <tr>
              <td colSpan={7} className="documents-empty">
                还没有保存的文档
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

type RowMode = "view" | "rename" | "confirm-delete";

function DocumentRow({ record, current }: { record: DocumentIndexRecord; current: boolean }) {
  const [mode, setMode] = useState<RowMode>("view");
  const [name, setName] = useState(record.name);
  const session = documentSession();
  const template = findTemplate(record.template);

  const rename = async () => {
    if (await session?.rename(record.id, name)) setMode("view");
  };

  return (
    <tr className={current ? "current" : undefined} data-testid="document-row" data-doc-id={record.id}>
      <td className="documents-name">
        {mode === "rename" ? (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              void rename();
            }}
          >
            <input
              aria-label="新名称"
              value={name}
              // biome-ignore lint/a11y/noAutofocus: the field the user just asked for
              autoFocus
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape") {
                  e.preventDefault();
                  e.stopPropagation();
                  setMode("view");
                }
              }}
            />
            <button type="submit">保存</button>
            <button type="button" onClick={() => setMode("view")}>
              取消
            </button>
          </form>
        ) : (
          <>
            <span data-testid="document-name">{record.name}</span>
            {current && <span className="current-badge">当前</span>}
          </>
        )}
      </td>
      <td>{record.department}</td>
      <td>{record.year}</td>
      <td>{record.unit}</td>
      <td title={template?.name}>{template ? template.id : record.template}</td>
      <td className="documents-time">{savedAt(record.updatedAt)}</td>
      <td className="documents-actions">
        {mode === "confirm-delete" ? (
          <span className="confirm-delete" role="alert">
            删除后无法恢复，确定删除？
            <button type="button" className="danger" onClick={() => void session?.remove(record.id)}>
              确定删除
            </button>
            <button type="button" onClick={() => setMode("view")}>
              取消
            </button>
          </span>
        ) : (
          <>
            <button
              type="button"
              disabled={current}
              onClick={async () => {
                if (await session?.open(record.id)) closeDocuments();
              }}
            >
              打开
            </button>
            <button
              type="button"
              onClick={() => {
                setName(record.name);
                setMode("rename");
              }}
            >
              重命名
            </button>
            <button type="button" onClick={() => void session?.duplicate(record.id)}>
              复制
            </button>
            <button type="button" onClick={() => setMode("confirm-delete")}>
              删除
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
