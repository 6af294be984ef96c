import { useState } from "react";
import { useEditor } from "../../store/store";

/** Asks once per browser for the name put on comments; shows it afterwards with a way to change it. */
export function NamePrompt() {
  const name = useEditor((s) => s.reviewerName);
  const setName = useEditor((s) => s.setReviewerName);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  if (name && !editing) {
    return (
      <div className="reviewer-name" data-testid="reviewer-name">
        署名：<strong>{name}</strong>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          更改
        </button>
      </div>
    );
  }
  return (
    <form
      className="name-prompt"
      data-testid="name-prompt"
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft.trim()) return;
        setName(draft);
        setEditing(false);
      }}
    >
      <label>
        您的姓名（写在批注上，本浏览器记住）
        <input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={200}
          placeholder="例如：王审核"
        />
      </label>
      <button type="submit" disabled={!draft.trim()}>
        确定
      </button>
    </form>
  );
}
