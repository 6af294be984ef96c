import { useState } from "react";

interface TextFormProps {
  initial?: string;
  placeholder: string;
  submitLabel: string;
  testId: string;
  onSubmit: (text: string) => boolean;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A small text area with submit (Ctrl+Enter too) and cancel, for comments, replies and edits. */
export function TextForm({
  initial = "",
  placeholder,
  submitLabel,
  testId,
  onSubmit,
  onCancel,
  autoFocus,
}: TextFormProps) {
  const [text, setText] = useState(initial);
  const submit = () => {
    if (text.trim() && onSubmit(text)) setText("");
  };
  return (
    <form
      className="comment-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        value={text}
        rows={2}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: the form opens because the user asked to write
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
          if (e.key === "Escape" && onCancel) onCancel();
        }}
      />
      <div className="comment-form-actions">
        <button type="submit" disabled={!text.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            取消
          </button>
        )}
      </div>
    </form>
  );
}
