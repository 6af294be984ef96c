import { useRef } from "react";
import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";
import { IMPORT_ACCEPT } from "../documents/FileActions";

/** 以审阅模式打开: a received file opens as a new document, in review mode from the start. */
export function ReviewOpenButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        title="打开收到的文件进行审阅：数值只读，可以写批注"
        onClick={() => input.current?.click()}
        data-testid="open-for-review"
      >
        以审阅模式打开
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="review-import-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (!file) return;
          void documentSession()
            ?.importFile(file)
            .then((opened) => {
              if (!opened) return;
              const { setReviewMode, setSideTab, notify } = useEditor.getState();
              setReviewMode(true);
              setSideTab("comments");
              notify({ kind: "info", text: `已以审阅模式打开“${file.name}”：数值只读，可以写批注` });
            });
        }}
      />
    </>
  );
}
