import { useMemo, useState } from "react";
import { tableName } from "../../domain/templates/table-names";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import { GLOSSARY, normaliseGlossaryQuery } from "./glossary-text";
import { glossaryUses, type TermUse } from "./glossary-uses";
import { jumpToCell } from "./navigate";
import "./training-views.css";

/** 名词解释: every term of 第四部分 with its definition as printed; a filter narrows the list. */
export function GlossaryPage({ workbook }: { workbook: Workbook }) {
  const [query, setQuery] = useState("");
  const uses = useMemo(() => glossaryUses(workbook), [workbook]);
  const shown = useMemo(() => {
    const q = normaliseGlossaryQuery(query);
    if (q === "") return GLOSSARY;
    return GLOSSARY.filter((e) =>
      [e.term, e.definition, ...e.aliases].some((text) => normaliseGlossaryQuery(text).includes(q)),
    );
  }, [query]);
  return (
    <section className="glossary-page" aria-label="名词解释" data-testid="glossary-page">
      <header className="training-page-head">
        <h1>名词解释</h1>
        <p>以下名词的解释摘自部门决算公开文本第四部分。表格中的列名、行名和表名悬停时也会显示这些解释。</p>
        <input
          type="search"
          className="glossary-filter"
          placeholder="查找名词或解释"
          aria-label="查找名词"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </header>
      <dl className="glossary-list" data-testid="glossary-list" data-terms={shown.length}>
        {shown.map((entry) => (
          <div key={entry.ordinal} className="glossary-entry">
            <dt>
              <span className="glossary-ordinal">{entry.ordinal}、</span>
              {entry.term}
            </dt>
            <dd>
              {entry.definition}
              {entry.aliases.length > 0 && (
                <span className="glossary-aliases">表中也写作：{entry.aliases.join("、")}</span>
              )}
              <Uses uses={uses.get(entry.ordinal) ?? []} workbook={workbook} />
            </dd>
          </div>
        ))}
        {shown.length === 0 && <p className="muted">没有找到“{query}”。</p>}
      </dl>
    </section>
  );
}

/** Where the term is printed; each place opens its table at that row or column. */
function Uses({ uses, workbook }: { uses: readonly TermUse[]; workbook: Workbook }) {
  if (uses.length === 0) return null;
  return (
    <span className="glossary-uses">
      见：
      {uses.map((use) => (
        <button
          type="button"
          key={`${use.table}-${use.kind}-${use.label}`}
          className="link-button"
          title={`打开${tableName(workbook.template, use.table)}`}
          onClick={() => (use.cell ? jumpToCell(use.cell) : useEditor.getState().showTable(use.table))}
        >
          {tableName(workbook.template, use.table)}
          {use.kind === "表" ? "表名" : `${use.kind}“${use.label.replaceAll("·", " · ")}”`}
        </button>
      ))}
    </span>
  );
}
