/** The publication's part headings that the 目录, the print and the editor's view share. */
import { partHeading } from "./publication-template";

type Facts = { template: string; year: number; department: string };

/** 第一部分 as the template heads it: "部门概况" (2023), "上海市某局概况" (上海). */
export function overviewPartHeading(meta: Facts): string {
  return partHeading(meta, "overview");
}

/** 第二部分 as the seed prints it in the 目录 and over the tables: year and department. */
export function tablesPartHeading(meta: Facts): string {
  return partHeading(meta, "tables");
}

/** 第三部分 as the 目录 lists it (the text's own heading is the accountant's to edit). */
export function narrativePartHeading(meta: Facts): string {
  return partHeading(meta, "narrative");
}
