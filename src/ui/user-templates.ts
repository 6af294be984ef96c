import { findTemplate, registerTemplate } from "../domain/templates/registry";
import type { Template } from "../domain/templates/types";
import { problemsInWords } from "../store/problems-in-words";

/**
 * Template files a user loaded (载入模板), kept in this browser by id in localStorage: read synchronously
 * at start (opening an IndexedDB database of their own cost the first load a database creation).
 */
const KEY = "juesuan.templates";
/** The shipped templates' ids: a loaded file may not replace them. */
const shipped = new Set<string>();

export function markShipped(ids: Iterable<string>): void {
  for (const id of ids) shipped.add(id);
}

function storedFiles(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "{}") as Record<string, string>;
  } catch {
    return {};
  }
}

/** The full validation of a template file, loaded only where a user loads templates (载入模板). */
const templateParser = () => import("../domain/templates/parse-template");

/** Registers the templates loaded earlier in this browser; an unreadable store or file is skipped. */
export async function loadUserTemplates(): Promise<void> {
  const files = Object.values(storedFiles());
  if (files.length === 0) return;
  const { parseTemplateText } = await templateParser();
  for (const text of files) {
    const parsed = parseTemplateText(text);
    if (parsed.ok && !shipped.has(parsed.template.id)) registerTemplate(parsed.template);
  }
}

/** 载入模板: validates a template file, registers it and keeps it in this browser. Throws in Chinese. */
export async function addUserTemplate(text: string): Promise<Template> {
  const { parseTemplateText } = await templateParser();
  const parsed = parseTemplateText(text);
  if (!parsed.ok)
    throw new Error(`模板文件有误，未载入：\n${await problemsInWords(parsed.problems, "template")}`);
  const { template } = parsed;
  if (shipped.has(template.id))
    throw new Error(`模板编号“${template.id}”与内置模板相同，未载入：请改用另一个编号`);
  registerTemplate(template);
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...storedFiles(), [template.id]: text }));
  } catch {
    throw new Error(`已载入模板“${template.name}”，但无法保存在本浏览器中：重新打开页面后需再次载入`);
  }
  return findTemplate(template.id) ?? template;
}
