import { useState } from "react";
import type { GlossaryEntry } from "../../domain/narrative/model";
import { removeGlossaryEntry, saveGlossaryEntry } from "../../store/glossary-actions";
import { useEditor } from "../../store/store";

/** 第四部分 名词解释: the template's standard terms, rewritten, removed or added to by the department. */
export function GlossaryPart({
  glossary,
  readOnly,
}: {
  glossary: readonly GlossaryEntry[];
  readOnly: boolean;
}) {
  // The entry being written: its index, "new" for a new term, null when none.
  const [editing, setEditing] = useState<number | "new" | null>(null);
  const close = () => setEditing(null);
  return (
    <>
      <ol className="pub-glossary" data-testid="pub-glossary">
        {glossary.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a file may list a term twice; the place is its identity.
          <li key={index} data-testid="pub-glossary-entry">
            {editing === index && !readOnly ? (
              <GlossaryForm entry={entry} index={index} onClose={close} />
            ) : (
              <>
                <strong>{entry.term}：</strong>
                {entry.definition}
                {!readOnly && (
                  <span className="pub-edit">
                    <button type="button" onClick={() => setEditing(index)}>
                      修改
                    </button>
                    <button type="button" onClick={() => removeGlossaryEntry(useEditor, index)}>
                      删除
                    </button>
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {!readOnly &&
        (editing === "new" ? (
          <GlossaryForm entry={{ term: "", definition: "" }} index={null} onClose={close} />
        ) : (
          <button
            type="button"
            className="pub-add"
            data-testid="pub-glossary-add"
            onClick={() => setEditing("new")}
          >
            ＋ 添加名词
          </button>
        ))}
    </>
  );
}

function GlossaryForm({
  entry,
  index,
  onClose,
}: {
  entry: GlossaryEntry;
  index: number | null;
  onClose: () => void;
}) {
  const [term, setTerm] = useState(entry.term);
  const [definition, setDefinition] = useState(entry.definition);
  const save = () => {
    if (saveGlossaryEntry(useEditor, index, { term, definition })) onClose();
  };
  return (
    <div className="pub-add-form" data-testid="pub-glossary-form">
      <input
        value={term}
        aria-label="名词"
        placeholder="名词"
        data-testid="pub-glossary-term"
        onChange={(e) => setTerm(e.target.value)}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the user's click, to be typed into
        autoFocus
      />
      <textarea
        value={definition}
        rows={3}
        aria-label="解释"
        placeholder="解释"
        data-testid="pub-glossary-definition"
        onChange={(e) => setDefinition(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) save();
        }}
      />
      <button type="button" data-testid="pub-glossary-save" onClick={save}>
        保存
      </button>
      <button type="button" onClick={onClose}>
        取消
      </button>
    </div>
  );
}
