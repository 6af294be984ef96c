import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { MAX_FILE_BYTES } from "../../domain/document/parse";
import { type ImportSource, looksLikeHtml, readImport } from "./import-file";

const SAMPLE = readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8");
const noHtml = async () => null;

function file(name: string, text: string, size = new TextEncoder().encode(text).byteLength): ImportSource {
  return { name, size, text: async () => text };
}

interface SampleFile {
  [field: string]: unknown;
  meta: Record<string, unknown>;
  tables: Record<string, { rows: Record<string, Record<string, unknown>> }>;
}

function withSample(change: (doc: SampleFile) => void): string {
  const doc = JSON.parse(SAMPLE) as SampleFile;
  change(doc);
  return JSON.stringify(doc);
}

/** Sets 03 · 2010301 · 基本支出 (an entered cell of the sample) to anything. */
function withProbe(value: unknown): string {
  return withSample((d) => {
    const row = d.tables["03"]?.rows["2010301"];
    if (!row) throw new Error("sample without 03 2010301");
    row.基本支出 = value;
  });
}

async function problems(source: ImportSource) {
  const result = await readImport(source, noHtml);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("readImport", () => {
  it("reads the sample", async () => {
    const result = await readImport(file("seed.json", SAMPLE), noHtml);
    expect(result.ok).toBe(true);
  });

  it("opens a file of a year far from today's, with a notice to check it", async () => {
    const today = new Date("2026-12-04T12:00:00Z");
    const future = withSample((d) => {
      d.meta.year = 2031;
    });
    const result = await readImport(file("year-2031.json", future), noHtml, today);
    expect(result).toMatchObject({ ok: true, notice: "文件中的年度为 2031 年，请核对" });
    const usual = await readImport(file("seed.json", SAMPLE), noHtml, today);
    expect(usual.ok && usual.notice).toBe(undefined);
  });

  it("refuses a file over 20 MB before reading it", async () => {
    const text = vi.fn(async () => "{}");
    const result = await readImport({ name: "big.json", size: MAX_FILE_BYTES + 1, text }, noHtml);
    expect(text).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      problems: [{ path: "（文件）", message: "文件过大（20.0 MB，上限 20 MB），未导入" }],
    });
  });

  it("names the path and the problem of each kind of bad file", async () => {
    expect((await problems(file("a.json", "not json")))[0]).toMatchObject({
      path: "第 1 行第 2 列",
      message: expect.stringMatching(/^这里的“o”不合 JSON 写法.*不是有效的 JSON 文件/),
    });
    expect(
      await problems(
        file(
          "a.json",
          withSample((d) => (d.format = "excel")),
        ),
      ),
    ).toEqual([
      {
        path: "format",
        message: '不是决算公开文档（format 应为 "juesuan"）：请选择本编辑器导出的文档文件（.json）',
      },
    ]);
    expect(
      await problems(
        file(
          "a.json",
          withSample((d) => (d.version = 3)),
        ),
      ),
    ).toEqual([{ path: "version", message: "不支持的文档版本（本编辑器读取 version 1 和 2）" }]);
    const comma = withProbe("12,3a");
    expect(await problems(file("a.json", comma))).toEqual([
      {
        path: "tables.03.rows.2010301.基本支出",
        message: '不是有效的金额字符串（只允许数字、小数点和负号，例如 "1234.56"）',
      },
    ]);
    const number = withProbe(12.3);
    expect((await problems(file("a.json", number)))[0]).toEqual({
      path: "tables.03.rows.2010301.基本支出",
      message: '金额必须写成字符串（例如 "12.30"），或写 null 表示空白',
    });
    const table = withSample((d) => {
      d.tables["10"] = { rows: {} };
    });
    expect((await problems(file("a.json", table)))[0]?.message).toMatch(/没有10表/);
    const year = withSample((d) => {
      d.meta.year = "2023";
    });
    expect((await problems(file("a.json", year)))[0]?.path).toBe("meta.year");
  });

  it("accepts a leading byte-order mark", async () => {
    expect((await readImport(file("bom.json", `\uFEFF${SAMPLE}`), noHtml)).ok).toBe(true);
  });

  it("reads an HTML export through the extractor, when there is one", async () => {
    const html = `<!doctype html><script type="application/json" id="doc">${SAMPLE}</script>`;
    expect((await problems(file("a.html", html)))[0]?.message).toMatch(/还不能从 HTML 导入/);
    const extractor = async () => (text: string) =>
      /<script[^>]*>([\s\S]*)<\/script>/.exec(text)?.[1] ?? null;
    expect((await readImport(file("a.html", html), extractor)).ok).toBe(true);
    const other = await readImport(file("b.html", "<html><body>hi</body></html>"), extractor);
    expect(other.ok ? "" : other.problems[0]?.message).toMatch(/不是本编辑器导出的文档/);
  });

  it("looksLikeHtml", () => {
    expect(looksLikeHtml({ name: "a.HTM" })).toBe(true);
    expect(looksLikeHtml({ name: "a.json" }, "  <html>")).toBe(true);
    expect(looksLikeHtml({ name: "a.json" }, "{}")).toBe(false);
  });
});
