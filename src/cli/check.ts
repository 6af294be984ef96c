/**
 * 审核 from the command line: `tsx src/cli/check.ts FILE... [--json] [--template TEMPLATE.json]
 * [--catalog 科目目录.csv|.xlsx]` (the 科目目录 every FILE is checked against, whatever its year). A FILE
 * ending in .xlsx is read as a workbook: its import report is printed first, and it exits 2 when no table
 * could be placed.
 * Prints each document's findings (readable Chinese grouped by table and severity, or with --json one JSON
 * object per file per line). Exit status: 2 when a file cannot be read or parsed, else 1 when any file has
 * an error, else 0.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { checkWorkbook } from "../domain/checks";
import type { JuesuanDocument } from "../domain/document/model";
import { parseDocumentText } from "../domain/document/parse";
import { describeProblems } from "../domain/document/problem-place";
import { errorReason } from "../domain/error-reason";
import { checkDocumentNarrative } from "../domain/narrative/document-narrative";
import { Workbook } from "../domain/workbook/workbook";
import { failureReport, jsonReport, textReport } from "./check-report";
import { fileErrorReason } from "./file-error";
import { loadShippedCatalogs, takeCatalogOptions } from "./shipped-catalogs";
import { loadShippedTemplates, takeTemplateOptions } from "./shipped-templates";
import { readWorkbookInputs, type WorkbookInput } from "./workbook-input";

const USAGE =
  "用法：check 文件.json|工作簿.xlsx [更多文件…] [--json] [--template 模板.json] [--catalog 科目目录.csv|.xlsx]";

export interface CheckRun {
  exitCode: 0 | 1 | 2;
  output: string[];
  errors: string[];
}

function readDocument(file: string, json: boolean, run: CheckRun): JuesuanDocument | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = `无法读取文件（${fileErrorReason(error)}）`;
    run.exitCode = 2;
    (json ? run.output : run.errors).push(failureReport(file, reason, json));
    return null;
  }
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    run.exitCode = 2;
    (json ? run.output : run.errors).push(
      failureReport(file, `文档格式有误：\n${describeProblems(parsed.problems)}`, json),
    );
    return null;
  }
  return parsed.document;
}

/** A workbook input, recognised beforehand: its import report, then its 审核 like any document. */
function workbookDocument(input: WorkbookInput, file: string, json: boolean, run: CheckRun) {
  if (!input.ok) {
    run.exitCode = 2;
    (json ? run.output : run.errors).push(failureReport(file, input.message, json));
    return null;
  }
  if (!json) run.output.push(input.report.join("\n"));
  return input.document;
}

function checkFile(
  file: string,
  json: boolean,
  run: CheckRun,
  workbooks: ReadonlyMap<string, WorkbookInput>,
): void {
  const input = workbooks.get(file);
  const document = input ? workbookDocument(input, file, json, run) : readDocument(file, json, run);
  if (!document) return;
  let workbook: Workbook;
  try {
    workbook = new Workbook(document, { derive: false });
  } catch (error) {
    run.exitCode = 2;
    const reason = errorReason(error);
    (json ? run.output : run.errors).push(failureReport(file, reason, json));
    return;
  }
  // 表文一致 (N-rules) after the tables' findings, when the file holds the publication's text.
  const findings = [...checkWorkbook(workbook), ...checkDocumentNarrative(workbook)];
  if (findings.some((f) => f.severity === "error") && run.exitCode === 0) run.exitCode = 1;
  run.output.push(
    json ? jsonReport(file, document, findings) : textReport(file, document, workbook.template, findings),
  );
}

/** `workbooks`: the .xlsx arguments, read and recognised beforehand (`readWorkbookInputs`). */
export function runCheck(
  allArgs: readonly string[],
  workbooks: ReadonlyMap<string, WorkbookInput> = new Map(),
): CheckRun {
  const run: CheckRun = { exitCode: 0, output: [], errors: [] };
  const taken = takeTemplateOptions(allArgs);
  if ("error" in taken) {
    run.exitCode = 2;
    run.errors.push(taken.error);
    return run;
  }
  loadShippedCatalogs();
  const args = taken.rest;
  const json = args.includes("--json");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--json");
  const files = args.filter((a) => !a.startsWith("--"));
  if (unknown.length > 0 || files.length === 0) {
    run.exitCode = 2;
    run.errors.push(unknown.length > 0 ? `未知选项：${unknown.join(" ")}\n${USAGE}` : USAGE);
    return run;
  }
  for (const file of files) checkFile(file, json, run, workbooks);
  return run;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadShippedTemplates(); // the workbooks are recognised by the templates' titles and labels
  // --catalog reads an XLSX through exceljs, asynchronously: taken here, before the (synchronous) run.
  const catalogs = await takeCatalogOptions(process.argv.slice(2));
  const args = "error" in catalogs ? [] : catalogs.rest;
  const run: CheckRun =
    "error" in catalogs
      ? { exitCode: 2, output: [], errors: [catalogs.error] }
      : runCheck(args, await readWorkbookInputs(args));
  const separator = args.includes("--json") ? "\n" : "\n\n";
  if (run.output.length > 0) process.stdout.write(`${run.output.join(separator)}\n`);
  if (run.errors.length > 0) process.stderr.write(`${run.errors.join("\n")}\n`);
  process.exitCode = run.exitCode;
}
