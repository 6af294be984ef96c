import { useMemo, useState } from "react";
import { GLOSSARY, normaliseGlossaryQuery } from "./glossary-text";
import "./training.css";

/** 名词解释: every term of 第四部分 with its definition as printed; a filter narrows the list. */
export function GlossaryPage() {
  const [query, setQuery] = useState("");
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
            </dd>
          </div>
        ))}
        {shown.length === 0 && <p className="muted">没有找到“{query}”。</p>}
      </dl>
    </section>
  );
}
