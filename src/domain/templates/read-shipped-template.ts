import { readJsonText } from "../document/json-syntax";
import type { Template } from "./types";

/**
 * A shipped file, read without the full validation: the test suite validates every shipped file, and the
 * schema's first run in a cold page costs the first load more than the files themselves. Only the
 * envelope is checked here, so that a wrong file is still refused rather than misread.
 */
export function readShippedTemplate(text: string): Template {
  const json = readJsonText(text) as Partial<Template> &
    Record<"format" | "version" | "$schema" | "description", unknown>;
  if (json.format !== "juesuan-template" || json.version !== 1 || typeof json.id !== "string" || !json.tables)
    throw new Error("不是决算公开模板文件（version 1）");
  const { format: _f, version: _v, $schema: _s, description: _d, ...template } = json;
  return template as Template;
}
