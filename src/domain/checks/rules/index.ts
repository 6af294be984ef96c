import type { Rule } from "../types";
import { CATALOG } from "./catalog";
import { COMPLETENESS } from "./completeness";
import { CROSS_TABLE_DETAILS } from "./cross-table-details";
import { CROSS_TABLE_TOTALS } from "./cross-table-totals";
import { WITHIN_SUBJECT_TABLES } from "./within-subject-tables";
import { WITHIN_01 } from "./within-table-01";
import { WITHIN_04 } from "./within-table-04";
import { WITHIN_06_09 } from "./within-table-06-09";

/**
 * The whole catalog, in CHECKS.md order of groups: 表内, 表间, 科目/模板, 完整性. X-20 (department name)
 * and X-21 (year) are single fields of the document's meta printed on every table: nothing to compare.
 */
export const RULES: readonly Rule[] = [
  ...WITHIN_01,
  ...WITHIN_SUBJECT_TABLES,
  ...WITHIN_04,
  ...WITHIN_06_09,
  ...CROSS_TABLE_TOTALS,
  ...CROSS_TABLE_DETAILS,
  ...CATALOG,
  ...COMPLETENESS,
];
