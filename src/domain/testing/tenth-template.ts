/**
 * The test template with a tenth table (2023 layout plus 四川's 财政拨款支出决算明细表, id 10, printed fifth),
 * registered by importing this module. Only tests import it; the app never ships it.
 */
import { loadTemplateFile } from "../../cli/shipped-templates";
import type { JuesuanDocument, Unit } from "../document/model";
import { consistentDocument, type Item } from "./consistent-document";

export const TENTH_TEMPLATE_FILE = new URL("./templates/test-2023-tenth.json", import.meta.url);

export const templateTenth = loadTemplateFile(TENTH_TEMPLATE_FILE);

/**
 * A document of the test template with no finding: `consistentDocument`'s items, and table 10 listing the
 * same 科目 with the same 基本支出 and 项目支出 as 05 (all of it 一般公共预算 here).
 */
export function tenthDocument(items: readonly Item[], unit: Unit = "万元"): JuesuanDocument {
  const doc = consistentDocument(items, unit, templateTenth.id);
  doc.tables["10"] = structuredClone(doc.tables["05"] ?? { rows: {} });
  return doc;
}
