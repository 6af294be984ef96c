import { readCatalogFile } from "../domain/catalog/edition";
import { registerCatalog } from "../domain/catalog/lookup";
import { readJsonText } from "../domain/document/json-syntax";
import { errorReason } from "../domain/error-reason";
import { loadUserCatalogs } from "./catalogs/user-catalogs";

const CATALOGS_URL = `${import.meta.env.BASE_URL}catalogs/`;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`无法读取科目目录 ${url}（HTTP ${response.status}）`);
  return response.text();
}

/**
 * Fetches and registers the shipped 科目目录 editions (public/catalogs/, listed in index.json): data
 * fetched beside the templates at start rather than bundled into the first-load scripts. Then the
 * editions this browser loaded earlier (载入科目目录).
 */
export async function loadShippedCatalogs(): Promise<void> {
  const files = readJsonText(await fetchText(`${CATALOGS_URL}index.json`)) as string[];
  const texts = await Promise.all(files.map((file) => fetchText(`${CATALOGS_URL}${file}`)));
  texts.forEach((text, i) => {
    try {
      registerCatalog(readCatalogFile(text, "shipped"));
    } catch (error) {
      throw new Error(`科目目录 ${files[i]} 有误：${errorReason(error)}`);
    }
  });
  loadUserCatalogs();
}
