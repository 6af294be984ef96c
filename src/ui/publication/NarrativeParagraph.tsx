import { type KeyboardEvent, memo, type ReactNode, useEffect, useRef, useState } from "react";
import { evaluateFigure, explainFigure, type FigureContext } from "../../domain/narrative/figures";
import type { Paragraph } from "../../domain/narrative/model";
import { editOverviewText } from "../../store/overview-actions";
import { editRunText, figureToText } from "../../store/publication-actions";
import { useEditor } from "../../store/store";

export interface Highlight {
  start: number;
  end: number;
  /** The offsets are in the paragraph's bold title, not its text. */
  inTitle?: boolean;
}

interface Props {
  paragraph: Paragraph;
  /** -1 for 部门概况, else the index of the 情况说明 section. */
  section: number;
  index: number;
  ctx: FigureContext;
  highlight: Highlight | null;
  onExplain: (text: string) => void;
  /** 审阅模式: the text is shown, not offered for editing. */
  readOnly: boolean;
  /** More tools beside 改文字 (部门概况: 添加, 删除). */
  tools?: ReactNode;
}

/**
 * One paragraph as published: text runs as written, figures computed (hover or click: how). "改文字"
 * turns the text runs into fields; the figures stay references.
 */
export const NarrativeParagraph = memo(function NarrativeParagraph(props: Props) {
  const { paragraph, section, index, readOnly } = props;
  const [editing, setEditing] = useState(false);
  // When the fields close (完成, Esc), the focus goes back to 改文字 rather than to the page.
  const editButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus) return;
    editButton.current?.focus();
    setRefocus(false);
  }, [refocus]);
  const stopEditing = () => {
    setEditing(false);
    setRefocus(true);
  };
  const shownHeading = paragraph.heading && (
    <h3 className="pub-heading">{paragraph.runs.map((r) => ("text" in r ? r.text : "")).join("")}</h3>
  );
  // The 情况说明's sub-headings are the template's; only 部门概况's are the department's to write.
  if (shownHeading && section >= 0) return shownHeading;
  const isEditing = editing && !readOnly;
  return (
    <div
      className={`pub-paragraph ${props.highlight ? "pub-focused" : ""}`}
      data-testid="pub-paragraph"
      data-section={section}
      data-index={index}
    >
      {isEditing ? (
        <EditRuns {...props} onDone={stopEditing} />
      ) : (
        shownHeading || (
          <p>
            {paragraph.title && (
              <strong className="pub-item-title">
                <MarkedText
                  text={paragraph.title}
                  start={0}
                  highlight={props.highlight?.inTitle ? props.highlight : null}
                />
              </strong>
            )}
            <ShownRuns {...props} highlight={props.highlight?.inTitle ? null : props.highlight} />
          </p>
        )
      )}
      {!isEditing && !readOnly && (
        <span className="pub-edit">
          <button type="button" ref={editButton} onClick={() => setEditing(true)} title="修改这一段的文字">
            改文字
          </button>
          {props.tools}
        </span>
      )}
    </div>
  );
});

/** A figure's sign right after it ("%"): kept on the figure's line, as print keeps "18.71%" together. */
const SIGN_AFTER = /^[%％]/;

/** The runs as printed; the part a finding points at is marked. */
function ShownRuns({ paragraph, ctx, highlight, onExplain }: Props) {
  let offset = 0;
  let signTaken = false;
  return paragraph.runs.map((run, i) => {
    const start = offset;
    if ("text" in run) {
      offset += run.text.length;
      const skip = signTaken ? 1 : 0;
      signTaken = false;
      return (
        // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their place.
        <MarkedText key={i} text={run.text.slice(skip)} start={start + skip} highlight={highlight} />
      );
    }
    const value = evaluateFigure(run.figure, ctx);
    const text = value.text ?? "—";
    offset += text.length;
    const how = explainFigure(run.figure, ctx);
    const marked = highlight && highlight.start < offset && highlight.end > start;
    const next = paragraph.runs[i + 1];
    const sign = next && "text" in next ? SIGN_AFTER.exec(next.text)?.[0] : undefined;
    signTaken = sign !== undefined;
    const figure = (
      <button
        type="button"
        // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their place.
        key={i}
        className={`pub-figure ${marked ? "pub-mark" : ""}`}
        title={`引用：${how}`}
        data-testid="pub-figure"
        onClick={() => onExplain(`${text}${value.percent ? "%" : ""} = ${how}`)}
      >
        {text}
      </button>
    );
    if (sign === undefined) return figure;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their place.
      <span key={i} className="pub-figure-sign">
        {figure}
        <MarkedText text={sign} start={offset} highlight={highlight} />
      </span>
    );
  });
}

function MarkedText({
  text,
  start,
  highlight,
}: {
  text: string;
  start: number;
  highlight: Highlight | null;
}) {
  if (!highlight) return text;
  const from = Math.max(0, highlight.start - start);
  const to = Math.min(text.length, highlight.end - start);
  if (from >= to) return text;
  return (
    <>
      {text.slice(0, from)}
      <mark className="pub-mark" data-testid="pub-mark">
        {text.slice(from, to)}
      </mark>
      {text.slice(to)}
    </>
  );
}

/**
 * The text runs as fields, the figures between them as they print; each field is saved when left. A
 * figure can be made plain text (then it is checked as typed).
 */
function EditRuns({ paragraph, section, index, ctx, onDone }: Props & { onDone: () => void }) {
  // Keyed by place and run count: a figure made text joins its neighbours, and the fields start afresh.
  const key = (i: number) => `${i}/${paragraph.runs.length}`;
  // Esc closes the fields; the one being typed in keeps its text as it was (fields left earlier are saved).
  const cancel = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    for (const field of e.currentTarget.querySelectorAll("textarea")) field.value = field.defaultValue;
    onDone();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Esc reaches here from the fields inside.
    <div className="pub-editing" onKeyDown={cancel}>
      {paragraph.runs.map((run, i) => {
        if ("text" in run)
          return (
            <textarea
              key={key(i)}
              defaultValue={run.text}
              aria-label="段落文字"
              data-testid="pub-run-input"
              rows={Math.max(1, Math.ceil(run.text.length / 40))}
              onBlur={(e) => {
                if (e.target.value === run.text) return;
                if (section < 0) editOverviewText(useEditor, index, i, e.target.value);
                else editRunText(useEditor, { section, paragraph: index, run: i }, e.target.value);
              }}
            />
          );
        const shown = evaluateFigure(run.figure, ctx).text ?? "";
        return (
          <span key={key(i)} className="pub-figure-edit">
            <span className="pub-figure" title="引用（随表变化）">
              {shown || "—"}
            </span>
            {section >= 0 && (
              <button
                type="button"
                data-testid="pub-figure-to-text"
                title="改为文字后可手工修改，审核会核对它与表中数值是否一致"
                onClick={() => figureToText(useEditor, { section, paragraph: index, run: i }, shown)}
              >
                改为文字
              </button>
            )}
          </span>
        );
      })}
      <button type="button" onClick={onDone} data-testid="pub-edit-done">
        完成
      </button>
    </div>
  );
}
