import { useEditor } from "../../store/store";
import { useImportPicker } from "../documents/FileActions";

/** 以审阅模式打开: a received file opens as a new document, in review mode from the start. */
export function ReviewOpenButton() {
  const picker = useImportPicker("review-import-input", (file) => {
    const { setReviewMode, setSideTab, notify } = useEditor.getState();
    setReviewMode(true);
    setSideTab("comments");
    notify({ kind: "info", text: `已以审阅模式打开“${file.name}”：数值只读，可以写批注` });
  });
  return (
    <>
      <button
        type="button"
        title="打开收到的文件进行审阅：数值只读，可以写批注"
        onClick={picker.pick}
        data-testid="open-for-review"
      >
        以审阅模式打开
      </button>
      {picker.element}
    </>
  );
}
