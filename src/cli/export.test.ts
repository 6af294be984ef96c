import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../domain/document/parse";
import { exportDocumentJson } from "../domain/workbook/export-json";
import { Workbook } from "../domain/workbook/workbook";
import { extractDocumentFromHtml } from "../export/html";
import { runExport } from "./export";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");
const SAMPLE = "public/samples/seed-2023.json";

function exportCli(...args: string[]) {
  const run = spawnSync(tsx, ["src/cli/export.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), "juesuan-export-"));

function sampleJson(): string {
  const parsed = parseDocumentText(readFileSync(join(root, SAMPLE), "utf8"));
  if (!parsed.ok) throw new Error("sample does not parse");
  return exportDocumentJson(new Workbook(parsed.document));
}

describe("export FILE --html OUT.html --json OUT.json", () => {
  it("writes the printable page and the normalised document file with derived; exit 0", () => {
    const dir = tempDir();
    const html = join(dir, "seed.html");
    const json = join(dir, "seed.json");
    const run = exportCli(SAMPLE, "--html", html, "--json", json, "--cover-date", "二〇二四年九月");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`已导出 HTML：${html}`);
    expect(run.stdout).toContain(`已导出 JSON：${json}`);

    const page = readFileSync(html, "utf8");
    expect(page).toContain('<section class="table-page landscape" id="table-03" data-table="03">');
    expect(page).toContain('<td class="value" data-cell="03|215|基本支出">0.00</td>');
    expect(page).toContain('<p class="cover-date">二〇二四年九月</p>');
    expect(extractDocumentFromHtml(page)).toBe(sampleJson());

    const file = readFileSync(json, "utf8");
    expect(file).toBe(sampleJson());
    expect(JSON.parse(file).derived["01"].rows.本年支出合计).toEqual({ 决算数: "507.93" });
    expect(parseDocumentText(file).ok).toBe(true);
  }, 60_000);

  it("writes only what is asked for", async () => {
    const json = join(tempDir(), "only.json");
    const run = await runExport([join(root, SAMPLE), "--json", json]);
    expect(run).toEqual({
      exitCode: 0,
      output: [`已导出 JSON：${json}（${Buffer.byteLength(sampleJson())} 字节）`],
      errors: [],
    });
    expect(readFileSync(json, "utf8")).toBe(sampleJson());
  });

  it("exits 2 with the problems and their paths when the input cannot be parsed, writing nothing", () => {
    const dir = tempDir();
    const input = join(dir, "bad.json");
    const text = readFileSync(join(root, SAMPLE), "utf8").replace('"2010301": {', '"20103X1": {');
    writeFileSync(input, text);
    const out = join(dir, "bad.html");
    const run = exportCli(input, "--html", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${input}：文档格式有误，未导出`);
    expect(run.stderr).toContain("表 02 · 第 20103X1 行：公开02表没有行“20103X1”");
    expect(existsSync(out)).toBe(false);

    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    expect(exportCli(broken, "--json", join(dir, "x.json")).stderr).toContain("不是有效的 JSON 文件");
  }, 60_000);

  it("exits 2 when the file cannot be read", () => {
    const missing = exportCli("no-such-file.json", "--html", join(tempDir(), "x.html"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no-such-file.json：无法读取文件");
  }, 60_000);

  it("exits 2 with the usage when the arguments are wrong", async () => {
    const usage = async (...args: string[]) => {
      const run = await runExport(args);
      expect(run.exitCode).toBe(2);
      expect(run.output).toEqual([]);
      expect(run.errors.join("\n")).toContain("用法：export 文件.json");
      return run.errors.join("\n");
    };
    expect(await usage(SAMPLE)).toContain("请用 --html、--json 或 --xlsx 指定输出");
    expect(await usage()).toContain("缺少输入文件");
    expect(await usage(SAMPLE, SAMPLE, "--json", "a.json")).toContain("只能导出一个文件");
    expect(await usage(SAMPLE, "--pdf", "x.pdf")).toContain("未知选项：--pdf");
    expect(await usage(SAMPLE, "--html")).toContain("选项 --html 缺少参数");
    expect(await usage(SAMPLE, "--html", "a", "--html", "b")).toContain("选项 --html 重复");
    expect(await usage(SAMPLE, "--html", "same", "--json", "same")).toContain("不能写到同一个文件");
  });

  it("exits 1 when an output cannot be written", async () => {
    const out = join(tempDir(), "no-such-dir", "out.html");
    const run = await runExport([join(root, SAMPLE), "--html", out]);
    expect(run.exitCode).toBe(1);
    expect(run.errors.join("\n")).toContain(`${out}：无法写入 HTML`);
  });
});
