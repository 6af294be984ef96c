import { useEffect, useState } from "react";
import type { SaveStatus as SaveStatusValue } from "../../store/persistence/persistence-slice";
import { useEditor } from "../../store/store";

/** A save shorter than this shows no 保存中… (no flicker on every edit). */
const SAVING_SHOWN_AFTER_MS = 250;

/** The status as shown: `saving` only once it has lasted a moment; the last status until then. */
function useShownStatus(status: SaveStatusValue): SaveStatusValue {
  const [shown, setShown] = useState(status);
  useEffect(() => {
    if (status.kind !== "saving") {
      setShown(status);
      return;
    }
    const timer = window.setTimeout(() => setShown(status), SAVING_SHOWN_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  return status.kind === "saving" ? shown : status;
}

/**
 * HH:MM:SS in local time. Not `toLocaleTimeString`: its first call loads the locale's data (about 80 ms
 * of a cold page load) and every later call builds a formatter again, and this runs on every save.
 */
function timeOf(iso: string): string {
  const date = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/**
 * 已保存 / 保存中… / 保存失败（原因）: where this tab stands with saving the open document. `data-state`
 * is the exact state (for tests); the text skips 保存中… for saves that end within a moment.
 */
export function SaveStatus() {
  const actual = useEditor((s) => s.saveStatus);
  const status = useShownStatus(actual);
  let text: string;
  let title: string;
  switch (status.kind) {
    case "idle":
      text = "正在打开…";
      title = "";
      break;
    case "saving":
      text = "保存中…";
      title = "修改正在保存到本机浏览器";
      break;
    case "saved":
      text = "已保存";
      title = `所有修改已保存在本机浏览器中（${timeOf(status.at)}）`;
      break;
    case "failed":
      text = `保存失败（${status.reason}）`;
      title = "修改只保存在本页中，关闭页面会丢失：请用“导出 JSON”保存一份";
      break;
    case "paused":
      text = "只读，未自动保存";
      title = "此文档正在另一个标签页中编辑";
      break;
  }
  return (
    <span
      className={`save-status save-${status.kind}`}
      role="status"
      aria-live="polite"
      title={title}
      data-testid="save-status"
      data-state={actual.kind}
    >
      {text}
    </span>
  );
}
