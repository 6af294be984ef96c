import type { AttachmentCell } from "../../domain/narrative/edit-attachment";
import { editAttachmentCell } from "../../store/attachment-actions";
import { useEditor } from "../../store/store";

interface Props {
  cell: AttachmentCell;
  value: string;
  label: string;
  attachment: number;
  readOnly: boolean;
  focused: boolean;
  /** A text that may wrap (names, goals, tasks): a box as tall as its text. */
  multiline?: boolean;
}

function testIdOf(attachment: number, cell: AttachmentCell): string {
  const row = "row" in cell ? `-${cell.row}` : "";
  return `att-${attachment}-${cell.part}${row}-${cell.column}`;
}

/** One written cell of the 自评表, saved when left; a refused value gives way to the stored one. */
export function AttachmentField(props: Props) {
  const { cell, value, attachment } = props;
  const common = {
    defaultValue: value,
    "aria-label": props.label,
    title: props.multiline ? undefined : value,
    readOnly: props.readOnly,
    className: props.focused ? "pub-focused" : "",
    "data-testid": testIdOf(attachment, cell),
    onBlur: (e: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      const typed = e.target.value;
      if (typed.trim() === value) return;
      if (!editAttachmentCell(useEditor, attachment, cell, typed)) e.target.value = value;
    },
  };
  // Keyed by the stored value: a new one (an undo, another field's refusal) shows at once.
  if (!props.multiline) return <input key={value} {...common} />;
  return <textarea key={value} {...common} rows={1} />;
}
