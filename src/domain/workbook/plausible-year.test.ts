import { describe, expect, it } from "vitest";
import { readYearField, unusualYearNotice } from "./plausible-year";

const today = new Date("2026-12-04T12:00:00Z");

describe("plausible years", () => {
  it("reads a four-digit year from 2000 to the current year, full-width digits too", () => {
    expect(readYearField(" 2024 ", today)).toEqual({ ok: true, year: 2024 });
    expect(readYearField("２０２５", today)).toEqual({ ok: true, year: 2025 });
    expect(readYearField("2026", today)).toEqual({ ok: true, year: 2026 });
  });

  it("takes a year written with its 年 or 年度, as a cover or title writes it", () => {
    expect(readYearField("2024年", today)).toEqual({ ok: true, year: 2024 });
    expect(readYearField("２０２４ 年度", today)).toEqual({ ok: true, year: 2024 });
    expect(readYearField("年", today)).toEqual({ ok: false, message: "请填写年度" });
  });

  it("refuses the rest with the reason in Chinese", () => {
    expect(readYearField("", today)).toEqual({ ok: false, message: "请填写年度" });
    expect(readYearField("24", today)).toEqual({ ok: false, message: "年度应为四位数字，如 2024" });
    expect(readYearField("2027", today)).toEqual({ ok: false, message: "年度应在 2000 至 2026 之间" });
    expect(readYearField("1999", today)).toEqual({ ok: false, message: "年度应在 2000 至 2026 之间" });
  });

  it("has a notice for a file's year outside that range", () => {
    expect(unusualYearNotice(2031, today)).toBe("文件中的年度为 2031 年，请核对");
    expect(unusualYearNotice(1998, today)).toBe("文件中的年度为 1998 年，请核对");
    expect(unusualYearNotice(2025, today)).toBeNull();
  });
});
