import { useState } from "react";
import type { FigureContext } from "../../domain/narrative/figures";
import type { Paragraph } from "../../domain/narrative/model";
import { addOverviewParagraph, removeOverviewParagraph } from "../../store/overview-actions";
import { useEditor } from "../../store/store";
import { NarrativeParagraph } from "./NarrativeParagraph";

interface Props {
  overview: readonly Paragraph[];
  ctx: FigureContext;
  readOnly: boolean;
  onExplain: (text: string) => void;
}

/** 第一部分 部门概况: the department's own paragraphs and sub-headings (职责, 机构设置), added where they go. */
export function OverviewPart({ overview, ctx, readOnly, onExplain }: Props) {
  // Where the new-paragraph form is open: after that paragraph (-1: at the start).
  const [addingAfter, setAddingAfter] = useState<number | null>(null);
  const form = (after: number) =>
    addingAfter === after &&
    !readOnly && <AddParagraphForm after={after} onClose={() => setAddingAfter(null)} />;
  return (
    <div className="pub-overview" data-testid="pub-overview">
      {overview.length === 0 && form(-1)}
      {overview.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place.
        <div key={index}>
          <NarrativeParagraph
            paragraph={paragraph}
            section={-1}
            index={index}
            ctx={ctx}
            highlight={null}
            onExplain={onExplain}
            readOnly={readOnly}
            tools={
              <>
                <button type="button" data-testid="pub-overview-add" onClick={() => setAddingAfter(index)}>
                  在下方添加
                </button>
                <button
                  type="button"
                  data-testid="pub-overview-remove"
                  onClick={() => removeOverviewParagraph(useEditor, index)}
                >
                  删除
                </button>
              </>
            }
          />
          {form(index)}
        </div>
      ))}
      {!readOnly && addingAfter === null && (
        <button
          type="button"
          className="pub-add"
          data-testid="pub-overview-add-end"
          onClick={() => setAddingAfter(overview.length - 1)}
        >
          ＋ 添加段落
        </button>
      )}
    </div>
  );
}

function AddParagraphForm({ after, onClose }: { after: number; onClose: () => void }) {
  const [text, setText] = useState("");
  const [heading, setHeading] = useState(false);
  const add = () => {
    if (addOverviewParagraph(useEditor, after, text, heading)) onClose();
  };
  return (
    <div className="pub-add-form" data-testid="pub-overview-form">
      <textarea
        value={text}
        rows={3}
        aria-label="新段落的文字"
        placeholder="例如：1、负责……（职责）或“本部门为一级部门……”（机构设置）"
        data-testid="pub-overview-input"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) add();
        }}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the user's click, to be typed into
        autoFocus
      />
      <label>
        <input type="checkbox" checked={heading} onChange={(e) => setHeading(e.target.checked)} />
        作为小标题
      </label>
      <button type="button" data-testid="pub-overview-save" onClick={add}>
        添加
      </button>
      <button type="button" onClick={onClose}>
        取消
      </button>
    </div>
  );
}
