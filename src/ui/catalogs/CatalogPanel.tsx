import { useId, useRef, useState } from "react";
import { countCodes, describeCounts } from "../../domain/catalog/edition";
import { chosenCatalog, defaultCatalog, findCatalog, listCatalogs } from "../../domain/catalog/lookup";
import { catalogsChanged, setCatalogChoice } from "../../store/catalog-memory";
import { useEditor } from "../../store/store";
import { type CatalogLoadOutcome, loadCatalogFile } from "./load-catalog";
import { removeUserCatalog } from "./user-catalogs";
import "../documents/documents-views.css";

const BY_YEAR = "";

/**
 * 科目目录: the editions this browser knows, the one the open document uses (by its year unless chosen),
 * and 载入科目目录 for the official 《政府收支分类科目》 as CSV or XLSX.
 */
export function CatalogPanel() {
  const workbook = useEditor((s) => s.workbook);
  const docId = useEditor((s) => s.docId);
  // Re-rendered when an edition is loaded, removed or chosen.
  useEditor((s) => s.catalogRevision);
  const docYear = workbook?.doc.meta.year ?? new Date().getFullYear();
  const [year, setYear] = useState(String(docYear));
  const [outcome, setOutcome] = useState<CatalogLoadOutcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const editions = listCatalogs();
  const byYear = defaultCatalog(docYear);
  const chosen = chosenCatalog();

  const changed = () => catalogsChanged(useEditor);
  const choose = (value: string) => {
    setCatalogChoice(docId, value === BY_YEAR ? null : value);
    changed();
  };
  const load = async (file: File) => {
    const target = Number(year);
    if (!Number.isInteger(target) || target < 2000 || target > 2100) {
      setOutcome({ ok: false, lines: ["请先填写目录的年度（如 2024）"] });
      return;
    }
    setOutcome(await loadCatalogFile(file, target));
    changed();
  };

  return (
    <section className="new-document-form catalog-panel" aria-label="科目目录" data-testid="catalog-panel">
      <label htmlFor={`${id}-choice`}>本文档使用</label>
      <div>
        <select
          id={`${id}-choice`}
          value={chosen !== null && findCatalog(chosen) ? chosen : BY_YEAR}
          onChange={(e) => choose(e.currentTarget.value)}
          data-testid="catalog-choice"
        >
          <option value={BY_YEAR}>
            按年度（{docYear}）：{byYear?.name ?? "无"}
          </option>
          {editions.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      <span className="catalog-label">已有目录</span>
      <table className="catalog-table" data-testid="catalog-list">
        <tbody>
          {editions.map((e) => (
            <tr key={e.id}>
              <td>{e.name}</td>
              <td>{describeCounts(countCodes(e.names.keys()))}</td>
              <td>
                {e.origin === "loaded" ? (
                  <button
                    type="button"
                    onClick={() => {
                      // The document goes back to the edition of its year, here and when it opens again.
                      if (chosen === e.id) setCatalogChoice(docId, null);
                      removeUserCatalog(e.id);
                      changed();
                    }}
                  >
                    删除
                  </button>
                ) : (
                  <span className="catalog-partial">内置（部分科目）</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label htmlFor={`${id}-year`}>载入为</label>
      <div className="catalog-load">
        <input
          id={`${id}-year`}
          value={year}
          size={6}
          inputMode="numeric"
          onChange={(e) => setYear(e.currentTarget.value.trim())}
          data-testid="catalog-year"
        />
        <span>年度的目录</span>
        <button type="button" onClick={() => input.current?.click()}>
          载入科目目录…
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx,.json,text/csv"
          hidden
          data-testid="catalog-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void load(file);
          }}
        />
      </div>
      <p className="catalog-hint">
        财政部《政府收支分类科目》的 CSV 或
        XLSX：科目编码与科目名称两列，或类、款、项三列；只有两位编码时按缩进分级。
        目录保存在本浏览器中，同一年度再次载入即替换。
      </p>
      {outcome && (
        <div
          className={outcome.ok ? "documents-note catalog-outcome" : "documents-error catalog-outcome"}
          role={outcome.ok ? "status" : "alert"}
          data-testid="catalog-outcome"
        >
          {outcome.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
