import { readJsonText } from "../domain/document/json-syntax";
import { errorReason } from "../domain/error-reason";
import { readShippedTemplate } from "../domain/templates/read-shipped-template";
import { registerTemplate } from "../domain/templates/registry";
import { loadUserTemplates, markShipped } from "./user-templates";

const TEMPLATES_URL = `${import.meta.env.BASE_URL}templates/`;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`无法读取模板文件 ${url}（HTTP ${response.status}）`);
  return response.text();
}

/**
 * Fetches and registers the shipped templates (public/templates/, listed in index.json). They are data
 * like the sample: fetched in parallel at start rather than bundled into the first-load scripts, and read
 * without the full validation (the tests validate every shipped file). Then the templates this browser
 * loaded earlier (载入模板), validated in full.
 */
export async function loadShippedTemplates(): Promise<void> {
  const files = readJsonText(await fetchText(`${TEMPLATES_URL}index.json`)) as string[];
  const texts = await Promise.all(files.map((file) => fetchText(`${TEMPLATES_URL}${file}`)));
  texts.forEach((text, i) => {
    let template: ReturnType<typeof readShippedTemplate>;
    try {
      template = readShippedTemplate(text);
    } catch (error) {
      throw new Error(`模板文件 ${files[i]} 有误：${errorReason(error)}`);
    }
    registerTemplate(template);
    markShipped([template.id]);
  });
  await loadUserTemplates();
}
