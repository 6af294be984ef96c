import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../domain/document/parse";
import { comparable } from "../domain/testing/comparable";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");
const SAMPLE = "public/samples/seed-2023.json";

function cli(script: "export" | "check", ...args: string[]) {
  const run = spawnSync(tsx, [`src/cli/${script}.ts`, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function parse(text: string) {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

describe("command line with workbooks", () => {
  it("export --xlsx, then export BOOK.xlsx --json gives the document back; check reads the workbook", () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-xlsx-"));
    const book = join(dir, "seed.xlsx");
    const json = join(dir, "back.json");
    const written = cli("export", SAMPLE, "--xlsx", book);
    expect(written.stderr).toBe("");
    expect(written.stdout).toContain(`已导出 Excel：${book}`);
    const back = cli("export", book, "--json", json);
    expect(back.status).toBe(0);
    expect(back.stdout).toContain("识别的表样：2023 年度格式：支出功能分类 26 类（含债务还本、付息）");
    expect(back.stdout).toContain("公开03表 支出决算表（工作表“公开03表”）：19 行，42 个数");
    expect(back.stdout).toContain("全部内容均已放置");
    const sample = parse(readFileSync(join(root, SAMPLE), "utf8"));
    expect(comparable(parse(readFileSync(json, "utf8")))).toEqual(comparable(sample));
    const checked = cli("check", book);
    // A workbook holds the tables, not the publication's text: compare with the sample's tables alone.
    const {
      publication: _,
      supplement: __,
      ...tablesOnly
    } = JSON.parse(readFileSync(join(root, SAMPLE), "utf8"));
    const tablesFile = join(dir, "tables.json");
    writeFileSync(tablesFile, JSON.stringify(tablesOnly));
    const original = cli("check", tablesFile);
    expect(checked.stdout).toContain("识别的表样：");
    const summary = (text: string) => text.split("\n").find((l) => l.startsWith("审核结果"));
    expect(summary(checked.stdout)).toBe(summary(original.stdout));
    expect(checked.status).toBe(original.status);
  }, 90_000);

  it("exits 2 with a Chinese message when the workbook cannot be read or holds no table", () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-xlsx-"));
    const text = join(dir, "text.xlsx");
    writeFileSync(text, "not a workbook");
    const old = join(dir, "old.xls");
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const notWorkbook = cli("check", text);
    expect(notWorkbook.status).toBe(2);
    expect(notWorkbook.stderr).toContain("不是 Excel 工作簿");
    const oldBinary = cli("export", old, "--json", join(dir, "x.json"));
    expect(oldBinary.status).toBe(2);
    expect(oldBinary.stderr).toContain("旧版 Excel 文件（.xls），不支持");
  }, 60_000);
});
