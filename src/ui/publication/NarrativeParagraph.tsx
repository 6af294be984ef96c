import { memo, useState } from "react";
import { evaluateFigure, explainFigure, type FigureContext } from "../../domain/narrative/figures";
import type { Paragraph } from "../../domain/narrative/model";
import { editRunText, figureToText } from "../../store/publication-actions";
import { useEditor } from "../../store/store";

export interface Highlight {
  start: number;
  end: number;
}

interface Props {
  paragraph: Paragraph;
  /** -1 for 部门概况, else the index of the 情况说明 section. */
  section: number;
  index: number;
  ctx: FigureContext;
  highlight: Highlight | null;
  onExplain: (text: string) => void;
}

/**
 * One paragraph as published: text runs as written, figures computed (hover or click: how). "改文字"
 * turns the text runs into fields; the figures stay references.
 */
export const NarrativeParagraph = memo(function NarrativeParagraph(props: Props) {
  const { paragraph, section, index } = props;
  const [editing, setEditing] = useState(false);
  if (paragraph.heading)
    return <h3 className="pub-heading">{paragraph.runs.map((r) => ("text" in r ? r.text : "")).join("")}</h3>;
  return (
    <div
      className={`pub-paragraph ${props.highlight ? "pub-focused" : ""}`}
      data-testid="pub-paragraph"
      data-section={section}
      data-index={index}
    >
      {editing ? (
        <EditRuns {...props} onDone={() => setEditing(false)} />
      ) : (
        <p>
          {paragraph.title && <strong className="pub-item-title">{paragraph.title}</strong>}
          <ShownRuns {...props} />
        </p>
      )}
      {!editing && (
        <button type="button" className="pub-edit" onClick={() => setEditing(true)} title="修改这一段的文字">
          改文字
        </button>
      )}
    </div>
  );
});

/** The runs as printed; the part a finding points at is marked. */
function ShownRuns({ paragraph, ctx, highlight, onExplain }: Props) {
  let offset = 0;
  return paragraph.runs.map((run, i) => {
    const start = offset;
    if ("text" in run) {
      offset += run.text.length;
      // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their place.
      return <MarkedText key={i} text={run.text} start={start} highlight={highlight} />;
    }
    const value = evaluateFigure(run.figure, ctx);
    const text = value.text ?? "—";
    offset += text.length;
    const how = explainFigure(run.figure, ctx);
    const marked = highlight && highlight.start < offset && highlight.end > start;
    return (
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
  return (
    <div className="pub-editing">
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
                if (e.target.value !== run.text)
                  editRunText(useEditor, { section, paragraph: index, run: i }, e.target.value);
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
