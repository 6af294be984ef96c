import type * as ClipboardActions from "../../store/clipboard-actions";
import { useEditor } from "../../store/store";

/**
 * Runs a paste or a range clear once its code has loaded: the planners (by position, by 科目编码) are
 * loaded on first use, as the print preview and the review panels are, to keep the first load small.
 */
export function withClipboardActions(run: (actions: typeof ClipboardActions) => void): void {
  import("../../store/clipboard-actions").then(run, () =>
    useEditor.getState().notify({
      kind: "error",
      text: "粘贴与清除功能未能载入（网络或文件问题），请刷新页面重试；已填写的内容都已保存。",
    }),
  );
}
