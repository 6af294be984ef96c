import "./review-panels.css";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { errorReason } from "../../domain/error-reason";
import { selectChange, showChange, startCompare, stopCompare } from "../../store/compare-actions";
import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";
import { IMPORT_ACCEPT } from "../documents/FileActions";
import { pickFileText } from "./pick-file";

async function compareWithFile(): Promise<void> {
  const file = await pickFileText(IMPORT_ACCEPT);
  if (file) startCompare(useEditor, file.text, `文件“${file.name}”`);
}

async function compareWithStored(id: string, name: string): Promise<void> {
  const session = documentSession();
  const { notify } = useEditor.getState();
  if (!session) return;
  try {
    const result = await session.repository.load(id);
    if (!result.ok) {
      notify({ kind: "error", text: result.reason === "missing" ? "这个文档已不存在" : result.message });
      return;
    }
    startCompare(useEditor, result.loaded.document, `本机文档“${name}”`);
  } catch (error) {
    notify({ kind: "error", text: `无法读取本机文档：${errorReason(error)}` });
  }
}

/** Choosing the other version: a file, or another document saved in this browser (same department and year). */
function CompareSource() {
  const documents = useEditor((s) => s.documents);
  const docId = useEditor((s) => s.docId);
  const meta = useEditor((s) => s.workbook?.doc.meta);
  const [chosen, setChosen] = useState("");
  useEffect(() => {
    void documentSession()?.refreshList();
  }, []);
  const versions = documents.filter(
    (d) => d.id !== docId && d.department === meta?.department && d.year === meta?.year,
  );
  return (
    <div className="compare-source">
      <p>与另一个版本对比（例如上一轮送审的稿件）：变化的单元格在表中标出，并逐条列出。</p>
      <button type="button" onClick={() => void compareWithFile()} data-testid="compare-file">
        选择文件…
      </button>
      <div className="compare-stored">
        <select
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          aria-label="本机保存的版本"
          data-testid="compare-select"
        >
          <option value="">本机保存的版本…</option>
          {versions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}（{d.updatedAt.slice(0, 16).replace("T", " ")}）
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!chosen}
          data-testid="compare-stored"
          onClick={() => {
            const doc = versions.find((d) => d.id === chosen);
            if (doc) void compareWithStored(doc.id, doc.name);
          }}
        >
          对比
        </button>
      </div>
      {versions.length === 0 && (
        <p className="hint">本机没有同一部门、同一年度的其他文档（可在“文档”中复制一份作为版本）。</p>
      )}
    </div>
  );
}

/** 对比: the changes from the other version to the open document, walked with ↑/↓ (J/K), Enter jumps. */
export function CompareView() {
  const compare = useEditor((s) => s.compare);
  const list = useRef<HTMLDivElement>(null);
  const index = compare?.index ?? 0;
  useEffect(() => {
    list.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: "nearest" });
  }, [index]);
  if (!compare) {
    return (
      <section className="compare-view" aria-label="版本对比" data-testid="compare-view">
        <CompareSource />
      </section>
    );
  }
  const changes = compare.diff.changes;
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = e.key.toLowerCase();
    if (key === "arrowdown" || key === "j") selectChange(useEditor, index + 1);
    else if (key === "arrowup" || key === "k") selectChange(useEditor, index - 1);
    else if (key === "home") selectChange(useEditor, 0);
    else if (key === "end") selectChange(useEditor, changes.length - 1);
    else if (key === "enter") showChange(useEditor, index);
    else return;
    e.preventDefault();
  };
  return (
    <section className="compare-view" aria-label="版本对比" data-testid="compare-view">
      <header>
        <div>
          与{compare.label}对比（旧 → 当前）
          <button type="button" onClick={() => stopCompare(useEditor)} data-testid="compare-stop">
            结束对比
          </button>
        </div>
        <p className="compare-summary" data-testid="compare-summary">
          {compare.diff.summary}
        </p>
        {changes.length > 0 && <p className="hint">↑/↓ 或 J/K 逐条查看，Enter 转到单元格</p>}
      </header>
      {changes.length > 0 && (
        <div
          ref={list}
          className="compare-list"
          role="listbox"
          tabIndex={0}
          aria-label="变化列表"
          aria-activedescendant={`change-${index}`}
          onKeyDown={onKey}
          data-testid="compare-list"
        >
          {changes.map((change, i) => (
            <div
              key={change.id}
              id={`change-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === index}
              data-index={i}
              data-kind={change.kind}
              className={`compare-item kind-${change.kind} ${i === index ? "active" : ""}`}
              onClick={() => showChange(useEditor, i)}
              onKeyDown={(e) => {
                if (e.key === "Enter") showChange(useEditor, i);
              }}
              data-testid="compare-change"
            >
              {change.description}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
