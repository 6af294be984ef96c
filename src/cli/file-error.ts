/** Why a file could not be read or written, in Chinese: Node's error texts are English. */
const REASONS: Record<string, string> = {
  ENOENT: "文件或文件夹不存在，请检查路径",
  EACCES: "没有权限，请检查文件权限",
  EPERM: "没有权限，请检查文件权限",
  EISDIR: "这是一个文件夹，不是文件",
  ENOTDIR: "路径中有一段不是文件夹",
  EMFILE: "同时打开的文件过多，请稍后再试",
  ENOSPC: "磁盘空间不足",
  EROFS: "文件系统只读，无法写入",
};

export function fileErrorReason(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return REASONS[code] ?? `系统错误${code ? ` ${code}` : ""}`;
}
