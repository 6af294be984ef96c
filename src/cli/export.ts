/**
 * 导出 from the command line: `tsx src/cli/export.ts FILE [--html OUT.html] [--json OUT.json] [--cover-date 文本]`.
 * Reads a document file and writes the printable HTML page and/or the normalised document file (with
 * `derived`), using the same code as the editor. Exit status: 2 when the arguments are wrong or FILE cannot
 * be read or parsed (the problems are printed with their paths), 1 when an output cannot be written, else 0.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { describeProblems, parseDocumentText } from "../domain/document/parse";
import { exportDocumentJson } from "../domain/workbook/export-json";
import { Workbook } from "../domain/workbook/workbook";
import { exportHtml } from "../export/html";
import { takeTemplateOptions } from "./shipped-templates";

const USAGE =
  "用法：export 文件.json [--html 输出.html] [--json 输出.json] [--cover-date 封面日期] [--template 模板.json]";
const VALUE_OPTIONS = ["--html", "--json", "--cover-date"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export interface ExportRun {
  exitCode: 0 | 1 | 2;
  output: string[];
  errors: string[];
}

interface ExportArgs {
  input: string;
  options: Partial<Record<ValueOption, string>>;
}

function parseArgs(args: readonly string[]): ExportArgs | string {
  const options: Partial<Record<ValueOption, string>> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(arg)) return `未知选项：${arg}`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) return `选项 ${arg} 缺少参数`;
    if (options[arg as ValueOption] !== undefined) return `选项 ${arg} 重复`;
    options[arg as ValueOption] = value;
    i++;
  }
  if (files.length !== 1) return files.length === 0 ? "缺少输入文件" : `只能导出一个文件：${files.join(" ")}`;
  if (options["--html"] === undefined && options["--json"] === undefined)
    return "请用 --html 或 --json 指定输出";
  if (options["--html"] !== undefined && options["--html"] === options["--json"])
    return "--html 与 --json 不能写到同一个文件";
  return { input: files[0] as string, options };
}

function openWorkbook(file: string, run: ExportRun): Workbook | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    run.exitCode = 2;
    run.errors.push(`${file}：无法读取文件（${error instanceof Error ? error.message : String(error)}）`);
    return null;
  }
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    run.exitCode = 2;
    run.errors.push(`${file}：文档格式有误，未导出：\n${describeProblems(parsed.problems)}`);
    return null;
  }
  try {
    return new Workbook(parsed.document);
  } catch (error) {
    run.exitCode = 2;
    run.errors.push(`${file}：${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function write(path: string, what: string, text: string, run: ExportRun): void {
  try {
    writeFileSync(path, text, "utf8");
    run.output.push(`已导出${what}：${path}（${Buffer.byteLength(text, "utf8")} 字节）`);
  } catch (error) {
    run.exitCode = 1;
    run.errors.push(`${path}：无法写入${what}（${error instanceof Error ? error.message : String(error)}）`);
  }
}

export function runExport(allArgs: readonly string[]): ExportRun {
  const run: ExportRun = { exitCode: 0, output: [], errors: [] };
  const taken = takeTemplateOptions(allArgs);
  const parsed = "error" in taken ? taken.error : parseArgs(taken.rest);
  if (typeof parsed === "string") {
    run.exitCode = 2;
    run.errors.push(`${parsed}\n${USAGE}`);
    return run;
  }
  const workbook = openWorkbook(parsed.input, run);
  if (!workbook) return run;
  const { "--html": html, "--json": json, "--cover-date": coverDate } = parsed.options;
  if (html !== undefined)
    write(html, " HTML", exportHtml(workbook, coverDate === undefined ? {} : { coverDate }), run);
  if (json !== undefined) write(json, " JSON", exportDocumentJson(workbook), run);
  return run;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = runExport(process.argv.slice(2));
  if (run.output.length > 0) process.stdout.write(`${run.output.join("\n")}\n`);
  if (run.errors.length > 0) process.stderr.write(`${run.errors.join("\n")}\n`);
  process.exitCode = run.exitCode;
}
