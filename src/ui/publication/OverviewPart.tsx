import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef, useState } from "react";
import type { FigureContext } from "../../domain/narrative/figures";
import type { Paragraph } from "../../domain/narrative/model";
import {
  addOverviewParagraph,
  moveOverviewParagraph,
  removeOverviewParagraph,
} from "../../store/overview-actions";
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
  const list = useRef<HTMLDivElement>(null);
  const refocus = useRefocusAfterMove(list);
  const move = (index: number, by: -1 | 1, tool: string | undefined) => {
    if (moveOverviewParagraph(useEditor, index, by)) refocus(index + by, tool);
  };
  const onKeyDown = (index: number) => (e: KeyboardEvent) => {
    if (readOnly || !e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    // Not while the paragraph is being rewritten: its fields save when left, into the place they were
    // opened at, which the move would give to the neighbour.
    if ((e.target as HTMLElement).closest(".pub-editing")) return;
    e.preventDefault();
    move(index, e.key === "ArrowUp" ? -1 : 1, (e.target as HTMLElement).dataset.testid);
  };
  const form = (after: number) =>
    addingAfter === after &&
    !readOnly && <AddParagraphForm after={after} onClose={() => setAddingAfter(null)} />;
  return (
    <div className="pub-overview" data-testid="pub-overview" ref={list}>
      {overview.length === 0 && form(-1)}
      {overview.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place.
        // biome-ignore lint/a11y/noStaticElementInteractions: Alt+↑/↓ reach here from the item's own tools.
        <div key={index} className="pub-overview-item" onKeyDown={onKeyDown(index)}>
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
                  data-testid="pub-overview-up"
                  aria-label="上移这一段"
                  title="上移（Alt+↑）"
                  disabled={index === 0}
                  onClick={() => move(index, -1, "pub-overview-up")}
                >
                  上移
                </button>
                <button
                  type="button"
                  data-testid="pub-overview-down"
                  aria-label="下移这一段"
                  title="下移（Alt+↓）"
                  disabled={index === overview.length - 1}
                  onClick={() => move(index, 1, "pub-overview-down")}
                >
                  下移
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

/**
 * The focus follows a moved paragraph: the same tool of the item at its new place (its first enabled
 * tool when that one is now disabled at an end), once the list shows the new order (after each render:
 * nothing is pending but after a move).
 */
function useRefocusAfterMove(
  list: RefObject<HTMLDivElement | null>,
): (index: number, tool: string | undefined) => void {
  const pending = useRef<{ index: number; tool: string | undefined } | null>(null);
  useLayoutEffect(() => {
    const target = pending.current;
    pending.current = null;
    const item = target && list.current?.querySelectorAll(".pub-overview-item")[target.index];
    if (!target || !item) return;
    const tools = [...item.querySelectorAll<HTMLButtonElement>(".pub-edit button")];
    const same = tools.find((b) => b.dataset.testid === target.tool && !b.disabled);
    (same ?? tools.find((b) => !b.disabled))?.focus();
  });
  return (index, tool) => {
    pending.current = { index, tool };
  };
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
