import { lastCompletedYear } from "./document-info";

/** No 部门决算公开 before this; a year before it in a file is a typing or layout mistake. */
export const EARLIEST_YEAR = 2000;

/** The latest year a 决算 can be for: the current one (prepared ahead), never a later one. */
export function latestYear(today: Date): number {
  return lastCompletedYear(today) + 1;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** A year typed in a form: the year, or why not (in Chinese). Full-width digits and a trailing 年 count. */
export function readYearField(
  text: string,
  today: Date,
): { ok: true; year: number } | { ok: false; message: string } {
  const plain = text
    .trim()
    .replace(/\s*年度?$/, "")
    .replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));
  if (plain === "") return { ok: false, message: "请填写年度" };
  if (!/^\d{4}$/.test(plain)) return { ok: false, message: "年度应为四位数字，如 2024" };
  const year = Number(plain);
  const latest = latestYear(today);
  if (year < EARLIEST_YEAR || year > latest)
    return { ok: false, message: `年度应在 ${EARLIEST_YEAR} 至 ${latest} 之间` };
  return { ok: true, year };
}

/** The notice for a file whose year is outside that range: opened all the same, to be checked. */
export function unusualYearNotice(year: number, today: Date): string | null {
  return year < EARLIEST_YEAR || year > latestYear(today) ? `文件中的年度为 ${year} 年，请核对` : null;
}
