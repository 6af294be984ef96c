/**
 * 导出 from the command line:
 * `tsx src/cli/export.ts FILE [--html OUT.html] [--json OUT.json] [--xlsx OUT.xlsx] [--cover-date 文本]`.
 * Reads a document file, or a workbook (.xlsx: its import report is printed), and writes the printable HTML
 * page, the normalised document file (with `derived`) and/or the workbook with formulas, using the same
 * code as the editor. Exit status: 2 when the arguments are wrong or FILE cannot be read or parsed (the
 * problems are printed with their paths; for a workbook, when no table could be placed), 1 when an output
 * cannot be written, else 0.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { checkWorkbook } from "../domain/checks";
import type { JuesuanDocument } from "../domain/document/model";
import { parseDocumentText } from "../domain/document/parse";
import { describeProblems } from "../domain/document/problem-place";
import { errorReason } from "../domain/error-reason";
import { exportDocumentJson } from "../domain/workbook/export-json";
import { Workbook } from "../domain/workbook/workbook";
import { exportHtml } from "../export/html";
import { exportWorkbookFile } from "../xlsx/export-workbook";
import { isWorkbookFile } from "../xlsx/workbook-file";
import { fileErrorReason } from "./file-error";
import { takeCatalogOptions } from "./shipped-catalogs";
import { takeTemplateOptions } from "./shipped-templates";
import { readWorkbookInput } from "./workbook-input";

const USAGE =
  "用法：export 文件.json|工作簿.xlsx [--html 输出.html] [--json 输出.json] [--xlsx 输出.xlsx [--findings]] [--cover-date 封面日期] [--template 模板.json] [--catalog 科目目录.csv|.xlsx]";
const VALUE_OPTIONS = ["--html", "--json", "--xlsx", "--cover-date"] as const;
const OUTPUTS = ["--html", "--json", "--xlsx"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export interface ExportRun {
  exitCode: 0 | 1 | 2;
  output: string[];
  errors: string[];
}

interface ExportArgs {
  input: string;
  options: Partial<Record<ValueOption, string>>;
  /** --findings: the workbook gets a last sheet 审核与批注. */
  findings: boolean;
}

function parseArgs(args: readonly string[]): ExportArgs | string {
  const options: Partial<Record<ValueOption, string>> = {};
  const files: string[] = [];
  let findings = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    if (arg === "--findings") {
      findings = true;
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
  const outputs = OUTPUTS.map((o) => options[o]).filter((o) => o !== undefined);
  if (outputs.length === 0) return "请用 --html、--json 或 --xlsx 指定输出";
  if (new Set(outputs).size < outputs.length) return "--html、--json、--xlsx 不能写到同一个文件";
  if (findings && options["--xlsx"] === undefined) return "--findings 只用于 --xlsx";
  return { input: files[0] as string, options, findings };
}

async function openInput(file: string, run: ExportRun): Promise<JuesuanDocument | null> {
  if (isWorkbookFile({ name: file })) {
    const input = await readWorkbookInput(file);
    if (!input.ok) {
      run.exitCode = 2;
      run.errors.push(`${file}：${input.message}`);
      return null;
    }
    run.output.push(...input.report);
    return input.document;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    run.exitCode = 2;
    run.errors.push(`${file}：无法读取文件（${fileErrorReason(error)}）`);
    return null;
  }
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    run.exitCode = 2;
    run.errors.push(`${file}：文档格式有误，未导出：\n${describeProblems(parsed.problems)}`);
    return null;
  }
  return parsed.document;
}

async function openWorkbook(file: string, run: ExportRun): Promise<Workbook | null> {
  const document = await openInput(file, run);
  if (!document) return null;
  try {
    return new Workbook(document);
  } catch (error) {
    run.exitCode = 2;
    run.errors.push(`${file}：${errorReason(error)}`);
    return null;
  }
}

function write(path: string, what: string, data: string | Uint8Array, run: ExportRun): void {
  try {
    writeFileSync(path, data);
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.byteLength;
    run.output.push(`已导出${what}：${path}（${bytes} 字节）`);
  } catch (error) {
    run.exitCode = 1;
    run.errors.push(`${path}：无法写入${what}（${fileErrorReason(error)}）`);
  }
}

export async function runExport(allArgs: readonly string[]): Promise<ExportRun> {
  const run: ExportRun = { exitCode: 0, output: [], errors: [] };
  const catalogs = await takeCatalogOptions(allArgs);
  const taken = "error" in catalogs ? catalogs : takeTemplateOptions(catalogs.rest);
  const parsed = "error" in taken ? taken.error : parseArgs(taken.rest);
  if (typeof parsed === "string") {
    run.exitCode = 2;
    run.errors.push(`${parsed}\n${USAGE}`);
    return run;
  }
  const workbook = await openWorkbook(parsed.input, run);
  if (!workbook) return run;
  const { "--html": html, "--json": json, "--xlsx": xlsx, "--cover-date": coverDate } = parsed.options;
  if (html !== undefined)
    write(html, " HTML", exportHtml(workbook, coverDate === undefined ? {} : { coverDate }), run);
  if (json !== undefined) write(json, " JSON", exportDocumentJson(workbook), run);
  if (xlsx !== undefined) {
    const findings = parsed.findings ? checkWorkbook(workbook) : undefined;
    write(xlsx, " Excel", await exportWorkbookFile(workbook, findings), run);
  }
  return run;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = await runExport(process.argv.slice(2));
  if (run.output.length > 0) process.stdout.write(`${run.output.join("\n")}\n`);
  if (run.errors.length > 0) process.stderr.write(`${run.errors.join("\n")}\n`);
  process.exitCode = run.exitCode;
}
