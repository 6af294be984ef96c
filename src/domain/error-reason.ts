/**
 * The reason an error gives, for a user. The editor's own errors are Chinese and are shown as they are;
 * the browser's and libraries' are English (“Failed to fetch”, exceljs's zip errors), so they are said
 * by kind instead, never quoted.
 */
const BY_NAME: Record<string, string> = {
  NotReadableError: "文件无法读取（可能已被移动、删除或正被其他程序占用），请重新选择文件",
  NotFoundError: "找不到该文件或数据，请重新选择",
  QuotaExceededError: "浏览器存储空间已满，请删除不用的文档后再试",
  SecurityError: "浏览器不允许这项操作（例如处于隐私模式）",
  AbortError: "操作被中断，请再试一次",
  RangeError: "数据超出可处理的范围（文件可能过大或已损坏）",
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

export function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (HAS_CHINESE.test(message)) return message;
  const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
  if (BY_NAME[name]) return BY_NAME[name];
  if (/fetch|network|load failed|dynamically imported module/i.test(message)) {
    return "网络连接失败，程序的一部分未能下载：请检查网络后刷新页面";
  }
  return "程序内部出错，请刷新页面后再试；若仍出错，请把操作步骤告诉维护人员";
}
