/**
 * 审核 from the command line: `tsx src/cli/check.ts FILE... [--json] [--template TEMPLATE.json]`.
 * Prints each document's findings (readable Chinese grouped by table and severity, or with --json one JSON
 * object per file per line). Exit status: 2 when a file cannot be read or parsed, else 1 when any file has
 * an error, else 0.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { checkWorkbook } from "../domain/checks";
import { describeProblems, parseDocumentText } from "../domain/document/parse";
import { Workbook } from "../domain/workbook/workbook";
import { failureReport, jsonReport, textReport } from "./check-report";
import { takeTemplateOptions } from "./shipped-templates";

const USAGE = "用法：check 文件.json [更多文件…] [--json] [--template 模板.json]";

export interface CheckRun {
  exitCode: 0 | 1 | 2;
  output: string[];
  errors: string[];
}

function checkFile(file: string, json: boolean, run: CheckRun): void {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = `无法读取文件（${error instanceof Error ? error.message : String(error)}）`;
    run.exitCode = 2;
    (json ? run.output : run.errors).push(failureReport(file, reason, json));
    return;
  }
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    run.exitCode = 2;
    (json ? run.output : run.errors).push(
      failureReport(file, `文档格式有误：\n${describeProblems(parsed.problems)}`, json),
    );
    return;
  }
  let workbook: Workbook;
  try {
    workbook = new Workbook(parsed.document, { derive: false });
  } catch (error) {
    run.exitCode = 2;
    const reason = error instanceof Error ? error.message : String(error);
    (json ? run.output : run.errors).push(failureReport(file, reason, json));
    return;
  }
  const findings = checkWorkbook(workbook);
  if (findings.some((f) => f.severity === "error") && run.exitCode === 0) run.exitCode = 1;
  run.output.push(
    json
      ? jsonReport(file, parsed.document, findings)
      : textReport(file, parsed.document, workbook.template, findings),
  );
}

export function runCheck(allArgs: readonly string[]): CheckRun {
  const run: CheckRun = { exitCode: 0, output: [], errors: [] };
  const taken = takeTemplateOptions(allArgs);
  if ("error" in taken) {
    run.exitCode = 2;
    run.errors.push(taken.error);
    return run;
  }
  const args = taken.rest;
  const json = args.includes("--json");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--json");
  const files = args.filter((a) => !a.startsWith("--"));
  if (unknown.length > 0 || files.length === 0) {
    run.exitCode = 2;
    run.errors.push(unknown.length > 0 ? `未知选项：${unknown.join(" ")}\n${USAGE}` : USAGE);
    return run;
  }
  for (const file of files) checkFile(file, json, run);
  return run;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const run = runCheck(args);
  const separator = args.includes("--json") ? "\n" : "\n\n";
  if (run.output.length > 0) process.stdout.write(`${run.output.join(separator)}\n`);
  if (run.errors.length > 0) process.stderr.write(`${run.errors.join("\n")}\n`);
  process.exitCode = run.exitCode;
}
