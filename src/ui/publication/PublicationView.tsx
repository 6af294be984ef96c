import { useEffect, useRef, useState } from "react";
import type { NarrativePlace } from "../../domain/narrative/findings";
import type { NarrativeSection, Paragraph } from "../../domain/narrative/model";
import { tableOf, tableOrder } from "../../domain/templates/structure";
import type { Workbook } from "../../domain/workbook/workbook";
import {
  fillFromPreviousYear,
  generateNarrativeText,
  linkTypedFigures,
} from "../../store/publication-actions";
import { useEditor } from "../../store/store";
import { pickFileText } from "../review/pick-file";
import { type Highlight, NarrativeParagraph } from "./NarrativeParagraph";
import { SectionChart } from "./SectionChart";
import { SupplementForm } from "./SupplementForm";
import { useFigureContext } from "./use-figure-context";
import "./publication.css";

/** The publication besides the tables, as published, with its figures live and its text editable. */
export function PublicationView({ workbook }: { workbook: Workbook }) {
  const ctx = useFigureContext(workbook);
  const focus = useEditor((s) => s.narrativeFocus);
  const showTable = useEditor((s) => s.showTable);
  const [explained, setExplained] = useState("点击文中的数字，查看它的计算方法");
  const [supplementOpen, setSupplementOpen] = useState(false);
  const publication = workbook.doc.publication;
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focus) root.current?.querySelector(".pub-focused")?.scrollIntoView({ block: "center" });
  }, [focus]);

  const paragraphs = (list: readonly Paragraph[], section: number, id: string | null) =>
    list.map((paragraph, index) => (
      <NarrativeParagraph
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place.
        key={index}
        paragraph={paragraph}
        section={section}
        index={index}
        ctx={ctx}
        highlight={highlightOf(focus, id, index)}
        onExplain={setExplained}
      />
    ));

  return (
    <section
      className="publication-view"
      aria-label="决算公开文字部分"
      data-testid="publication-view"
      ref={root}
    >
      <header className="pub-toolbar">
        <button type="button" onClick={() => generateNarrativeText(useEditor)} data-testid="pub-generate">
          生成情况说明
        </button>
        <button type="button" onClick={() => linkTypedFigures(useEditor)} data-testid="pub-link">
          把文中数字改为引用
        </button>
        <button
          type="button"
          data-testid="pub-previous-year"
          onClick={() =>
            void pickFileText().then((file) => file && fillFromPreviousYear(useEditor, file.name, file.text))
          }
        >
          打开上年文档
        </button>
        <button
          type="button"
          aria-pressed={supplementOpen}
          onClick={() => setSupplementOpen(!supplementOpen)}
        >
          补充数据
        </button>
        <output className="pub-formula" data-testid="pub-formula">
          {explained}
        </output>
      </header>
      {supplementOpen && <SupplementForm workbook={workbook} />}
      {!publication ? (
        <p className="pub-empty">
          本文档还没有文字部分。点击“生成情况说明”按模板写出情况说明，文中数字均引用表中数值。
        </p>
      ) : (
        <article className="pub-document">
          <h2 id="pub-overview">第一部分 部门概况</h2>
          {paragraphs(publication.overview, -1, null)}
          <h2>第二部分 {workbook.doc.meta.year} 年度部门决算表</h2>
          <ol className="pub-tables">
            {tableOrder(workbook.template).map((id) => (
              <li key={id}>
                <button type="button" onClick={() => showTable(id)}>
                  {tableOf(workbook.template, id).label} {tableOf(workbook.template, id).title}
                </button>
              </li>
            ))}
          </ol>
          <h2 id="pub-narrative">{publication.narrativeHeading}</h2>
          {publication.narrative.map((section: NarrativeSection, i) => (
            <section key={section.id} data-testid={`pub-section-${section.id}`}>
              <h3 className="pub-section-title">
                {section.id}、{section.title}
              </h3>
              {paragraphs(section.paragraphs, i, section.id)}
              <SectionChart section={section} index={i} ctx={ctx} />
            </section>
          ))}
          <h2 id="pub-glossary">第四部分 名词解释</h2>
          <ol className="pub-glossary">
            {publication.glossary.map((entry) => (
              <li key={entry.term}>
                <strong>{entry.term}：</strong>
                {entry.definition}
              </li>
            ))}
          </ol>
          <h2 id="pub-attachments">第五部分 附件</h2>
          <ul className="pub-attachments">
            {publication.attachments.map((attachment) => (
              <li key={attachment.listed}>
                {attachment.listed}
                {attachment.table && <span className="pub-attached">（已附：{attachment.table.title}）</span>}
              </li>
            ))}
          </ul>
        </article>
      )}
    </section>
  );
}

function highlightOf(focus: NarrativePlace | null, section: string | null, index: number): Highlight | null {
  if (!focus || section === null || focus.section !== section || focus.paragraph !== index) return null;
  return { start: focus.start, end: focus.end };
}
