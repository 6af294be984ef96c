import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { serialiseDocument } from "../domain/document/serialise";
import { consistentDocument, plainCodes } from "../domain/testing/consistent-document";
import { runCheck } from "./check";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");
const SAMPLE = "public/samples/seed-2023.json";

function check(...args: string[]) {
  const run = spawnSync(tsx, ["src/cli/check.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "juesuan-check-")), name);
  writeFileSync(path, text);
  return path;
}

const consistentFile = (codes = plainCodes(3)) =>
  tempFile(
    "good.json",
    serialiseDocument(consistentDocument(codes.map((code) => ({ code, basic: 100, project: 250 })))),
  );

describe("check FILE... [--json] (spawned with tsx)", () => {
  it("prints one JSON object per file with rule, severity, message, cells and values; exit 1 on errors", () => {
    const run = check(SAMPLE, "--json");
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0] as string);
    expect(report).toMatchObject({
      file: SAMPLE,
      readable: true,
      ok: false,
      errors: 8,
      unit: "万元",
      // The tables' 5 errors, 13 提示 and 9 尾差, then 表文一致 over the sample's text: 3 errors, 26 提示.
      counts: { error: 8, warning: 39, info: 9 },
    });
    const n7 = report.findings.find((f: { rule: string }) => f.rule === "N-7");
    expect(n7).toMatchObject({
      severity: "error",
      values: { left: "118.83", right: "113.83", difference: "5.00" },
      place: { section: "五" },
    });
    expect(n7.fields).toContain("年初预算·2010301");
    const r023 = report.findings.find((f: { rule: string }) => f.rule === "R02-3");
    expect(r023).toMatchObject({
      severity: "error",
      values: { left: "5.97", right: "3.32", difference: "2.65" },
      cells: [
        { table: "02", row: "21011", column: "本年收入合计" },
        { table: "02", row: "2101101", column: "本年收入合计" },
        { table: "02", row: "2101102", column: "本年收入合计" },
      ],
    });
    expect(r023.message).toContain("02表·21011 行政事业单位医疗");
  }, 60_000);

  it("exits 2 with the reason when a file cannot be parsed (the other files are still checked)", () => {
    const broken = tempFile("broken.json", "{ not json");
    const run = check(consistentFile(), broken, "--json");
    expect(run.status).toBe(2);
    const [first, second] = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first).toMatchObject({
      readable: true,
      ok: true,
      errors: 0,
      counts: { error: 0, warning: 0, info: 0 },
    });
    expect(second).toMatchObject({ file: broken, readable: false, ok: false });
    expect(second.error).toContain("第 1 行第 3 列：字段名应写在英文双引号里");
    expect(second.error.replaceAll("JSON", "")).not.toMatch(/[A-Za-z]{4,}/);
  }, 60_000);
});

describe("check --catalog FILE (spawned with tsx)", () => {
  it("checks every file against the loaded 科目目录: its names, and the codes it lacks", () => {
    const codes = plainCodes(2);
    const file = consistentFile(codes);
    const listed = codes.map((code) => `${code},官方名称${code}`).join("\n");
    const catalog = tempFile("2023年政府收支分类科目.csv", `科目编码,科目名称\n${listed}\n`);
    const run = check(file, "--json", "--catalog", catalog);
    expect(run.stderr).toBe("");
    const findings = JSON.parse(run.stdout).findings.filter((f: { rule: string }) => f.rule === "C-1");
    const messages: string[] = findings.map((f: { message: string }) => f.message);
    expect(messages).toContain(
      `C-1 功能分类科目名称与科目表不符：${codes[0]} 印为“科目${codes[0]}”（02表、03表、05表），科目表名称为“官方名称${codes[0]}”。`,
    );
    // The document's 类 and 款 rows are not in that (complete) list.
    expect(
      messages.some((m) => m.includes("不在“2023年政府收支分类科目（载入：2023年政府收支分类科目.csv）”中")),
    ).toBe(true);
  }, 60_000);

  it("refuses a catalog file with a bad code, naming the row, and checks nothing (exit 2)", () => {
    const catalog = tempFile("目录.csv", "科目编码,科目名称\n201,一般公共服务支出\n20x01,人大事务\n");
    const run = check(consistentFile(), "--catalog", catalog);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("有误，未载入");
    expect(run.stderr).toContain("目录.csv 第 3 行：编码“20x01”不是类、款、项编码（3、5、7 位数字）");
  }, 60_000);
});

describe("runCheck (in process)", () => {
  it("prints readable Chinese grouped by table and severity", () => {
    const run = runCheck([join(root, SAMPLE)]);
    expect(run.exitCode).toBe(1);
    const text = run.output.join("\n");
    expect(text).toContain("审核结果：错误 8 项，提示 39 项，尾差 9 项");
    expect(text).toContain("【情况说明等文字 · 表文一致】\n  错误（3）");
    expect(text).toContain("附件自评表全年执行数 508.72 与01表本年支出合计 507.92 不符");
    expect(text).toContain("【公开02表 收入决算表】\n  错误（2）");
    expect(text).toContain("可能原因：02表缺少科目 2101103 公务员医疗补助");
  });

  it("exits 0 for a consistent document, 2 for a missing file, 2 with the usage without files", () => {
    expect(runCheck([consistentFile()]).exitCode).toBe(0);
    const missing = runCheck([join(tmpdir(), "no-such-file.json")]);
    expect(missing.exitCode).toBe(2);
    expect(missing.errors.join("\n")).toContain("无法读取文件");
    const usage = runCheck([]);
    expect(usage.exitCode).toBe(2);
    expect(usage.errors.join("\n")).toContain("用法");
    expect(runCheck(["--frobnicate", "x.json"]).errors.join("\n")).toContain("未知选项");
  });
});
