import { useEffect, useMemo, useRef, useState } from "react";
import { attachmentFocusOf } from "../../domain/narrative/attachment-focus";
import { publicationOf } from "../../domain/narrative/edit-publication";
import type { NarrativePlace } from "../../domain/narrative/findings";
import { narrativeTemplate, noNarrativeTemplate } from "../../domain/narrative/generate";
import type { NarrativeSection, Paragraph } from "../../domain/narrative/model";
import { overviewPartHeading, tablesPartHeading } from "../../domain/narrative/part-headings";
import { tableOf, tableOrder } from "../../domain/templates/structure";
import type { Workbook } from "../../domain/workbook/workbook";
import { fillFromPreviousYear, linkTypedFigures } from "../../store/publication-actions";
import { useEditor } from "../../store/store";
import { pickFileText } from "../review/pick-file";
import { AttachmentsPart } from "./AttachmentsPart";
import { GenerateButton } from "./GenerateButton";
import { GlossaryPart } from "./GlossaryPart";
import { type Highlight, NarrativeParagraph } from "./NarrativeParagraph";
import { OverviewPart } from "./OverviewPart";
import { SectionChart } from "./SectionChart";
import { SupplementForm } from "./SupplementForm";
import { useFigureContext } from "./use-figure-context";
import { useToolbarHeight } from "./use-toolbar-height";
import "./publication.css";

const REVIEW_TITLE = "审阅模式：文字只读";

/** The publication besides the tables, as published, with its figures live and its text editable. */
export function PublicationView({ workbook }: { workbook: Workbook }) {
  const ctx = useFigureContext(workbook);
  const focus = useEditor((s) => s.narrativeFocus);
  const focusFinding = useEditor((s) => s.narrativeFocusFinding);
  const readOnly = useEditor((s) => s.reviewMode);
  const showTable = useEditor((s) => s.showTable);
  const [explained, setExplained] = useState("点击文中的数字，查看它的计算方法");
  const [supplementOpen, setSupplementOpen] = useState(false);
  // Nothing written yet: the template's headings and 名词解释, stored with the first change.
  const publication = publicationOf(workbook);
  const root = useRef<HTMLElement>(null);
  const toolbar = useToolbarHeight(root);
  const attachmentFocus = useMemo(
    () => (focusFinding ? attachmentFocusOf(focusFinding) : null),
    [focusFinding],
  );

  useEffect(() => {
    if (focus) root.current?.querySelector(".pub-focused")?.scrollIntoView({ block: "center" });
  }, [focus]);

  // A finding's 补充数据 field, clicked: the form opens there, the field focused for typing.
  const supplementFocus = useEditor((s) => s.supplementFocus);
  useEffect(() => {
    if (supplementFocus === null) return;
    if (!supplementOpen) {
      setSupplementOpen(true);
      return;
    }
    const field = root.current?.querySelector<HTMLInputElement>(
      `[data-testid="supplement-${CSS.escape(supplementFocus)}"]`,
    );
    field?.scrollIntoView({ block: "center" });
    field?.focus();
    useEditor.setState({ supplementFocus: null });
  }, [supplementFocus, supplementOpen]);

  const paragraphs = (list: readonly Paragraph[], section: number, id: string) =>
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
        readOnly={readOnly}
      />
    ));

  return (
    <section
      className="publication-view"
      aria-label="决算公开文字部分"
      data-testid="publication-view"
      ref={root}
    >
      <header className="pub-toolbar" ref={toolbar}>
        <GenerateButton workbook={workbook} disabled={readOnly} />
        <button
          type="button"
          onClick={() => linkTypedFigures(useEditor)}
          disabled={readOnly}
          title={readOnly ? REVIEW_TITLE : undefined}
          data-testid="pub-link"
        >
          把文中数字改为引用
        </button>
        <button
          type="button"
          data-testid="pub-previous-year"
          disabled={readOnly}
          title={readOnly ? REVIEW_TITLE : undefined}
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
      {supplementOpen && <SupplementForm workbook={workbook} readOnly={readOnly} />}
      <article className="pub-document">
        <h2 id="pub-overview">{overviewPartHeading(workbook.doc.meta)}</h2>
        <OverviewPart
          overview={publication.overview}
          ctx={ctx}
          readOnly={readOnly}
          onExplain={setExplained}
        />
        <h2 id="pub-tables">{tablesPartHeading(workbook.doc.meta)}</h2>
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
        {publication.narrative.length === 0 && (
          <p className="pub-empty">
            {narrativeTemplate(workbook.template.id).length > 0
              ? "点击“生成情况说明”按模板写出情况说明，文中数字均引用表中数值。"
              : `${noNarrativeTemplate(workbook.template.name)}。`}
          </p>
        )}
        {publication.narrative.map((section: NarrativeSection, i) => (
          <section key={section.id} data-testid={`pub-section-${section.id}`}>
            <h3 className="pub-section-title">
              {section.id}、{section.title}
            </h3>
            {paragraphs(section.paragraphs, i, section.id)}
            <SectionChart section={section} index={i} ctx={ctx} readOnly={readOnly} />
          </section>
        ))}
        <h2 id="pub-glossary">第四部分 名词解释</h2>
        <GlossaryPart glossary={publication.glossary} readOnly={readOnly} />
        <h2 id="pub-attachments">第五部分 附件</h2>
        <AttachmentsPart
          attachments={publication.attachments}
          readOnly={readOnly}
          focus={attachmentFocus}
          unit={workbook.doc.meta.unit}
        />
      </article>
    </section>
  );
}

function highlightOf(focus: NarrativePlace | null, section: string, index: number): Highlight | null {
  if (!focus || focus.section !== section || focus.paragraph !== index) return null;
  return { start: focus.start, end: focus.end, inTitle: focus.inTitle };
}
