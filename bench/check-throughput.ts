/**
 * `npm run check` throughput: the CLI code path (`runCheck`: read, parse, Workbook, 审核, report) over every
 * .json file of a directory, in this one process (started fresh by domain.bench.ts, so the JIT starts cold
 * as in a real run). Then, untimed by the figure above, the same stages one by one for a breakdown.
 *
 *   node --import tsx bench/check-throughput.ts DIR
 *
 * Prints one JSON object: { docs, cpu_ms, wall_ms, exit_code, stages_cpu_ms: { … per document } }.
 */
// The shipped templates, registered before anything reads a document.
import "../src/domain/testing/setup";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCheck } from "../src/cli/check";
import { textReport } from "../src/cli/check-report";
import { checkWorkbook } from "../src/domain/checks";
import { parseDocumentText } from "../src/domain/document/parse";
import { Workbook } from "../src/domain/workbook/workbook";

const dir = process.argv[2];
if (!dir) throw new Error("usage: check-throughput.ts DIR");
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => join(dir, name));

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const cpu0 = cpuMs();
const wall0 = performance.now();
const run = runCheck(files);
const cpu = cpuMs() - cpu0;
const wall = performance.now() - wall0;

// Breakdown: the stages of `checkFile` (src/cli/check.ts), CPU time summed over all documents.
const stages = { read: 0, parse: 0, workbook: 0, checks: 0, report: 0 };
let findings = 0;
for (const file of files) {
  let t = cpuMs();
  const text = readFileSync(file, "utf8");
  stages.read += cpuMs() - t;
  t = cpuMs();
  const parsed = parseDocumentText(text);
  stages.parse += cpuMs() - t;
  if (!parsed.ok) continue;
  t = cpuMs();
  const workbook = new Workbook(parsed.document, { derive: false });
  stages.workbook += cpuMs() - t;
  t = cpuMs();
  const found = checkWorkbook(workbook);
  stages.checks += cpuMs() - t;
  findings += found.length;
  t = cpuMs();
  textReport(file, parsed.document, workbook.template, found);
  stages.report += cpuMs() - t;
}
const perDoc = (ms: number) => Math.round((ms / files.length) * 1000) / 1000;

console.log(
  JSON.stringify({
    docs: files.length,
    cpu_ms: Math.round(cpu),
    wall_ms: Math.round(wall),
    exit_code: run.exitCode,
    outputs: run.output.length,
    errors: run.errors.length,
    findings,
    stages_cpu_ms_per_doc: {
      read: perDoc(stages.read),
      parse: perDoc(stages.parse),
      workbook: perDoc(stages.workbook),
      checks: perDoc(stages.checks),
      report: perDoc(stages.report),
    },
  }),
);
