import type { ClassRowVariant } from "../function-classes";
import type { Template } from "../types";
import { formulas01, table01 } from "./table-01.template";
import { formulas02, table02 } from "./table-02.template";
import { formulas03, table03 } from "./table-03.template";
import { formulas04, table04 } from "./table-04.template";
import { formulas05, table05 } from "./table-05.template";
import { formulas06, table06 } from "./table-06.template";
import { formulas07, table07 } from "./table-07.template";
import { formulas08, table08 } from "./table-08.template";
import { formulas09, table09 } from "./table-09.template";

function layout2023(id: string, name: string, variant: ClassRowVariant): Template {
  return {
    id,
    name,
    tables: {
      "01": table01(variant),
      "02": table02,
      "03": table03,
      "04": table04(variant),
      "05": table05,
      "06": table06,
      "07": table07,
      "08": table08,
      "09": table09,
    },
    formulas: [
      ...formulas01(variant),
      ...formulas02,
      ...formulas03,
      ...formulas04(variant),
      ...formulas05,
      ...formulas06,
      ...formulas07,
      ...formulas08,
      ...formulas09,
    ],
  };
}

/** The seed's layout (河南 2023): 26 功能分类 class rows in 01/04. */
export const template2023 = layout2023(
  "2023",
  "2023 年度格式：支出功能分类 26 类（含债务还本、付息）",
  "label26",
);
/** The same layout with the 24-row class list (no 债务还本/付息 rows) used by some regions. */
export const template2023Rows24 = layout2023(
  "2023-24",
  "2023 年度格式：支出功能分类 24 类（不含债务还本、付息）",
  "label24",
);
