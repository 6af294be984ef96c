/**
 * How a table is called in every text a user reads (审核 findings, cell labels, the formula bar, paste and
 * import messages, the structure map, the check command): the number the template prints. A layout with
 * 公开NN表 labels calls its tables "NN表"; 上海 prints no label, only the 目录's ordinal (三公 is 七), so its
 * tables are "表七" — a 上海 user has no "09表".
 */
import { tableOf, tableOrdinal } from "./structure";
import type { TableId, Template } from "./types";

const LABEL_PREFIX = /^公开/;
const idNamed = new WeakMap<Template, boolean>();

/** "07表" (公开07表), or "表八" for 上海's 政府性基金 table (id 07), as its template prints it. */
export function tableName(template: Template, id: TableId): string {
  const { label } = tableOf(template, id);
  return label ? label.replace(LABEL_PREFIX, "") : `表${tableOrdinal(template, id)}`;
}

/** Whether every table is called by its id ("NN表"): texts written with ids then read as they are. */
export function namesAreIds(template: Template): boolean {
  let known = idNamed.get(template);
  if (known === undefined) {
    known = Object.keys(template.tables).every((id) => tableName(template, id) === `${id}表`);
    idNamed.set(template, known);
  }
  return known;
}

/** "07表" or a list "02、03、05表": table ids as rule texts (catalog data) write them. */
const ID_NAMES = /(?<![\d开])(\d{2}(?:、\d{2})*)表/g;

/**
 * A text written with table ids ("05表 合计·基本支出 = 06表 人员经费合计", "02、03、05、07、08表"), with each
 * table called as `template` calls it; ids the template lacks stay as written.
 */
export function nameTables(template: Template, text: string): string {
  if (namesAreIds(template)) return text;
  return text.replace(ID_NAMES, (whole, list: string) => {
    const ids = list.split("、");
    if (!ids.every((id) => template.tables[id])) return whole;
    return ids.map((id) => tableName(template, id)).join("、");
  });
}
