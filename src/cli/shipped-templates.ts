/** The command line's (and the tests') template loader: the shipped files from disk, and `--template FILE`. */
import { readFileSync } from "node:fs";
import { readJsonText } from "../domain/document/json-syntax";
import { describeProblems } from "../domain/document/problem-place";
import { errorReason } from "../domain/error-reason";
import { parseTemplateText } from "../domain/templates/parse-template";
import { findTemplate, registerTemplate } from "../domain/templates/registry";
import type { Template } from "../domain/templates/types";

export const SHIPPED_DIR = new URL("../../public/templates/", import.meta.url);

/** Reads, validates and registers one template file; throws with the problems in Chinese. */
export function loadTemplateFile(path: string | URL): Template {
  const result = parseTemplateText(readFileSync(path, "utf8"));
  if (!result.ok)
    throw new Error(`模板文件 ${String(path)} 无效：\n${describeProblems(result.problems, "template")}`);
  registerTemplate(result.template);
  return result.template;
}

/** The files listed in public/templates/index.json, registered once. */
export function loadShippedTemplates(): readonly Template[] {
  const files = readJsonText(readFileSync(new URL("index.json", SHIPPED_DIR), "utf8")) as string[];
  return files.map((file) => loadTemplateFile(new URL(file, SHIPPED_DIR)));
}

/** A shipped template by id (loading the shipped files first if needed); throws when unknown. */
export function shippedTemplate(id: string): Template {
  if (!findTemplate(id)) loadShippedTemplates();
  const template = findTemplate(id);
  if (!template) throw new Error(`未知的模板：${id}`);
  return template;
}

/**
 * Loads the shipped templates and every `--template FILE` of `args`; returns the other arguments, or the
 * reason in Chinese when a template file is missing or invalid.
 */
export function takeTemplateOptions(args: readonly string[]): { rest: string[] } | { error: string } {
  loadShippedTemplates();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg !== "--template") {
      rest.push(arg);
      continue;
    }
    const file = args[++i];
    if (file === undefined || file.startsWith("--")) return { error: "选项 --template 缺少模板文件" };
    try {
      loadTemplateFile(file);
    } catch (error) {
      return { error: errorReason(error) };
    }
  }
  return { rest };
}
