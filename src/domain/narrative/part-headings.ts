/** The publication's part headings that the 目录 and the editor's view share. */

/** 第二部分 as the seed prints it in the 目录 and over the tables: year and department. */
export function tablesPartHeading(meta: { year: number; department: string }): string {
  return `第二部分 ${meta.year} 年度${meta.department}部门决算表`;
}
