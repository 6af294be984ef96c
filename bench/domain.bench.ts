/**
 * Domain timings on the synthetic large document: graph build, full recompute, single-leaf edits through
 * `Workbook.apply`, a 200-cell paste (parseClipboardTable → planPaste → Workbook.apply), 审核 (full and
 * incremental `CheckSession`; `npm run check` throughput over 1,000 generated documents in a child
 * process), HTML export, document serialisation, and the Excel workbook's export and import.
 *
 *   node --expose-gc --import tsx bench/domain.bench.ts [--doc out.json] [--result result.json]
 *        [--template shanghai-2024]
 *
 * Prints human-readable lines; writes the document file to --doc and the figures to --result. Every
 * generated document (large, consistent, the 1,000 checked) uses --template (default "2023").
 */
// The shipped templates, registered before anything reads a document.
import "../src/domain/testing/setup";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { SHIPPED_DIR } from "../src/cli/shipped-templates";
import { CheckSession } from "../src/domain/checks";
import { plainFindings } from "../src/domain/checks/describe";
import { parseClipboardTable } from "../src/domain/clipboard/parse-clipboard";
import { planPaste } from "../src/domain/clipboard/plan-paste";
import type { JuesuanDocument, TableData } from "../src/domain/document/model";
import { parseDocumentText } from "../src/domain/document/parse";
import { serialiseDocument } from "../src/domain/document/serialise";
import { type CellId, cellId, parseCellId } from "../src/domain/engine/cell-id";
import { expandFormulas } from "../src/domain/engine/expand";
import { buildGraph } from "../src/domain/engine/graph";
import { sameAmount } from "../src/domain/money";
import { checkDocumentNarrative } from "../src/domain/narrative/document-narrative";
import { NarrativeSession } from "../src/domain/narrative/session";
import { parseTemplateText } from "../src/domain/templates/parse-template";
import { rowColumns, tableOf } from "../src/domain/templates/structure";
import type { TableId } from "../src/domain/templates/types";
import {
  consistentDocument,
  largeDocument as consistentLargeDocument,
  plainCodes,
} from "../src/domain/testing/consistent-document";
import { Workbook } from "../src/domain/workbook/workbook";
import { exportHtml } from "../src/export/html";
import {
  largeDocumentText,
  prng,
  randomAmount,
  randomInt,
  rowsOf,
  SUBJECT_TABLE_IDS,
} from "./large-document";
import { benchNarrative, withGeneratedText } from "./narrative";
import { argument, formatLine, median, ms, summarise, time } from "./stats";
import { benchXlsx } from "./xlsx.bench";

const RECOMPUTE_RUNS = 20;
const EDIT_RUNS = 300;
const PASTE_RUNS = 30;
const PASTE_ROWS = 40;

function log(line: string) {
  console.log(`[domain] ${line}`);
}

const clone = (doc: JuesuanDocument): JuesuanDocument => structuredClone(doc);

// ── the document ──────────────────────────────────────────────────────────────────────────────────
const templateId = argument("template") ?? "2023";
let started = performance.now();
const { text, large } = largeDocumentText({ template: templateId });
const generateMs = performance.now() - started;
const { doc } = large;
// The first Workbook in this process: cold JIT, as when the app opens a document.
started = performance.now();
const template = new Workbook(clone(doc)).template;
const coldOpenMs = performance.now() - started;
const docPath = argument("doc");
if (docPath) writeFileSync(docPath, text);
const totalRows = Object.values(large.subjectRows).reduce((a, b) => a + b, 0);
const leafCount = Object.values(large.leafRows).reduce((a, b) => a + b.length, 0);
log(
  `large document (template ${templateId}): ${leafCount} 项 rows, ${totalRows} 科目 rows in ${SUBJECT_TABLE_IDS.join("/")}, ` +
    `${large.filledCells} entered cells, ${(text.length / 1024).toFixed(0)} KB JSON (generated in ${generateMs.toFixed(0)} ms)`,
);

// ── parse (what the app does on load) ─────────────────────────────────────────────────────────────
const parseSamples = time(5, 1, () => {
  if (!parseDocumentText(text).ok) throw new Error("large document does not parse");
});
const parse = summarise(parseSamples);
log(formatLine("parseDocumentText", parse));

// ── graph build and full recompute ────────────────────────────────────────────────────────────────
const graphSamples = time(RECOMPUTE_RUNS, 3, () => {
  buildGraph(expandFormulas(template, rowsOf(template, doc)));
});
const graphBuild = summarise(graphSamples);
log(formatLine("expandFormulas+buildGraph", graphBuild));

const graph = buildGraph(expandFormulas(template, rowsOf(template, doc)));
const fullWorkbook = new Workbook(clone(doc));
const recomputeSamples = time(RECOMPUTE_RUNS, 5, () => {
  fullWorkbook.recomputeAll();
});
const fullRecompute = summarise(recomputeSamples);
log(`graph: ${graph.formulas.size} derived cells, ${graph.dependents.size} cells with dependents`);
log(formatLine("deriveAll (full)", fullRecompute));

const openSamples = time(8, 2, () => {
  new Workbook(clone(doc));
});
const open = summarise(openSamples);
log(formatLine("new Workbook (open)", open));
log(`  first new Workbook in this process (cold JIT): ${coldOpenMs.toFixed(1)} ms`);

// ── single-leaf edits ─────────────────────────────────────────────────────────────────────────────
const random = prng(42);
const workbook = new Workbook(clone(doc));
const leafCells: CellId[] = [];
for (const table of SUBJECT_TABLE_IDS) {
  for (const row of large.leafRows[table]) {
    for (const col of rowColumns(tableOf(template, table), row)) {
      const id = cellId(table, row, col);
      if (!workbook.isDerived(id)) leafCells.push(id);
    }
  }
}
let changedCells = 0;
const editSamples = time(
  EDIT_RUNS,
  30,
  () => {
    const id = leafCells[randomInt(random, 0, leafCells.length - 1)] as CellId;
    const { table, row, col } = parseCellId(id);
    let value = randomAmount(random);
    while (value === workbook.stored(id)) value = randomAmount(random);
    changedCells += workbook.apply([{ kind: "set", table, row, col, value }]).changed.size;
  },
  false,
);
const edit = summarise(editSamples);
log(formatLine("Workbook.apply (1 leaf)", edit));
log(`  ${(changedCells / (EDIT_RUNS + 30)).toFixed(1)} cells changed per edit on average`);

// ── 200-cell paste ────────────────────────────────────────────────────────────────────────────────
const pasteTable = "03";
const pasteColumns = rowColumns(
  tableOf(template, pasteTable),
  large.leafRows[pasteTable][0] as string,
).filter((col) => !workbook.isDerived(cellId(pasteTable, large.leafRows[pasteTable][0] as string, col)));
let pastedEdits = 0;
const pasteSamples = time(
  PASTE_RUNS,
  10,
  () => {
    const leaves = large.leafRows[pasteTable];
    const start = randomInt(random, 0, leaves.length - PASTE_ROWS);
    const lines: string[] = [];
    for (let r = 0; r < PASTE_ROWS; r++) lines.push(pasteColumns.map(() => randomAmount(random)).join("\t"));
    const block = `${lines.join("\r\n")}\r\n`;
    // The store path (clipboard-actions.ts pasteText): parse, plan, drop no-op edits, apply as one batch.
    const plan = planPaste(workbook, pasteTable, parseClipboardTable(block), (r, c) => {
      const row = leaves[start + r];
      const col = pasteColumns[c];
      return row && col ? { row, col } : null;
    });
    const edits = plan.edits.filter((e) => workbook.stored(cellId(pasteTable, e.row, e.col)) !== e.value);
    workbook.apply(edits);
    pastedEdits = edits.length;
  },
  false,
);
if (pastedEdits !== PASTE_ROWS * pasteColumns.length) throw new Error(`paste produced ${pastedEdits} edits`);
const paste = summarise(pasteSamples);
log(formatLine(`paste ${pastedEdits} cells`, paste));

// ── check: incremental values agree with a full recompute of the edited document ──────────────────
started = performance.now();
const fresh = new Workbook(clone(workbook.doc));
let mismatches = 0;
for (const [id, value] of fresh.derivedEntries())
  if (!sameAmount(value, workbook.derivedValue(id))) mismatches++;
log(
  mismatches === 0
    ? `check: incremental values equal a full recompute (${graph.formulas.size} cells)`
    : `check: ${mismatches} derived cells differ from a full recompute!`,
);

const checkMs = ms(performance.now() - started);

// ── 审核: full evaluation (new CheckSession + findings) and updates after single-leaf edits ───────────
const CHECK_RUNS = 20;
const CHECK_WARMUP = 25;
/**
 * The full 审核 figures themselves: the median of 20 moved by ±2 ms from run to run on this machine (a
 * collection lands in a few runs of each 20); 60 runs (about half a second) hold it within about ±1.
 */
const FULL_CHECK_RUNS = 60;
const CHECK_EDITS = 300;

/** CPU milliseconds of `fn` (every thread of this process). */
function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Full evaluation as the app does it (a new CheckSession and a NarrativeSession over the document's
 * generated 情况说明, then their findings), warmed up. The figure is the wall-time median without forced
 * collections: a collection forced before each run (as `time` does for the figures above) shrinks the young
 * generation, so the next run's allocations cost extra scavenges no real evaluation pays; that figure is
 * in the details too, with the tables' and the text's parts measured alone, and CPU-time medians of the
 * evaluation and of the engine's full recompute of the same document (each in a loop of its own).
 */
function fullChecks(label: string, document: JuesuanDocument) {
  const book = new Workbook(withGeneratedText(document));
  let session = new CheckSession(book);
  let text = new NarrativeSession(book);
  const tables = () => {
    session = new CheckSession(book);
    session.findings();
  };
  const narrative = () => {
    text = new NarrativeSession(book);
    text.findings();
  };
  const evaluate = () => {
    tables();
    narrative();
  };
  // Warmed up until the optimising compiler has taken every path (five runs left the first measured
  // ones compiling: medians 3–5 ms above the same code's steady state).
  const wall = summarise(time(FULL_CHECK_RUNS, CHECK_WARMUP, evaluate, false));
  const tablesOnly = summarise(time(FULL_CHECK_RUNS, CHECK_WARMUP, tables, false));
  const textOnly = summarise(time(FULL_CHECK_RUNS, CHECK_WARMUP, narrative, false));
  const cpu: number[] = [];
  for (let run = 0; run < CHECK_RUNS; run++) cpu.push(cpuTime(evaluate));
  const settled = summarise(time(CHECK_RUNS, 0, evaluate, true));
  // As on opening a document: a workbook that has not shown a value yet (its memos empty; made untimed).
  const cold: number[] = [];
  for (let run = 0; run < CHECK_RUNS; run++) {
    const opened = new Workbook(withGeneratedText(document));
    const t0 = performance.now();
    new CheckSession(opened).findings();
    new NarrativeSession(opened).findings();
    cold.push(performance.now() - t0);
  }
  // What each session then notes in an idle moment for the first edit (the app does it after the paint).
  const prepare: number[] = [];
  for (let run = 0; run < CHECK_RUNS; run++) {
    const fresh = [new CheckSession(book), new NarrativeSession(book)] as const;
    const t0 = performance.now();
    for (const prepared of fresh) prepared.prepareEdits();
    prepare.push(performance.now() - t0);
  }
  const recompute: number[] = [];
  for (let run = 0; run < CHECK_RUNS; run++) recompute.push(cpuTime(() => book.recomputeAll()));
  const details = {
    ...wall,
    tables_median_ms: tablesOnly.median,
    narrative_median_ms: textOnly.median,
    cpu_median_ms: ms(median(cpu)),
    collection_settled_median_ms: settled.median,
    cold_median_ms: ms(median(cold)),
    prepare_edits_median_ms: ms(median(prepare)),
    recompute_cpu_median_ms: ms(median(recompute)),
    relative_to_recompute: Math.round((median(cpu) / median(recompute)) * 100) / 100,
    checks: session.instanceCount,
    narrative_units: text.unitCount,
    findings: session.findings().length,
    narrative_findings: text.findings().length,
  };
  log(formatLine(`checks full with N-rules (${label})`, wall));
  log(
    `  ${details.checks} checks + ${details.narrative_units} N-rule units, ${details.findings} + ` +
      `${details.narrative_findings} findings; tables alone ${details.tables_median_ms} ms, text alone ` +
      `${details.narrative_median_ms} ms; CPU median ${details.cpu_median_ms} ms = ` +
      `${details.relative_to_recompute}× deriveAll of the same document (${details.recompute_cpu_median_ms} ms); ` +
      `with a collection forced before each run: median ${details.collection_settled_median_ms} ms; on a ` +
      `workbook just opened (nothing read yet): median ${details.cold_median_ms} ms; then, in an idle ` +
      `moment, who reads what for the first edit (prepareEdits): median ${details.prepare_edits_median_ms} ms`,
  );
  return details;
}

/**
 * `CheckSession.update` and `NarrativeSession.update` after single-leaf `Workbook.apply` edits (the edit
 * itself untimed), on the document with its generated 情况说明.
 */
function checkEdits(label: string, document: JuesuanDocument, tables: readonly TableId[]) {
  const book = new Workbook(withGeneratedText(document));
  const session = new CheckSession(book);
  const text = new NarrativeSession(book);
  // As the app does in an idle moment after the first findings are painted.
  session.prepareEdits();
  text.prepareEdits();
  const cells = tables.flatMap((table) =>
    book
      .rows(table)
      .filter((row) => row.length === 7)
      .flatMap((row) => rowColumns(tableOf(book.template, table), row).map((col) => cellId(table, row, col)))
      .filter((id) => !book.isDerived(id)),
  );
  const random = prng(7);
  const update: number[] = [];
  const tablesOnly: number[] = [];
  const withFindings: number[] = [];
  const units: number[] = [];
  for (let run = 0; run < CHECK_EDITS + 30; run++) {
    const id = cells[randomInt(random, 0, cells.length - 1)] as CellId;
    const { table, row, col } = parseCellId(id);
    let value = randomAmount(random);
    while (value === book.stored(id)) value = randomAmount(random);
    const result = book.apply([{ kind: "set", table, row, col, value }]);
    const t0 = performance.now();
    session.update(result);
    const tTables = performance.now();
    const evaluated = text.update(result.changed);
    const t1 = performance.now();
    session.findings();
    text.findings();
    const t2 = performance.now();
    if (run >= 30) {
      update.push(t1 - t0);
      tablesOnly.push(tTables - t0);
      withFindings.push(t2 - t0);
      units.push(evaluated);
    }
  }
  const same =
    isDeepStrictEqual(plainFindings(session.findings()), plainFindings(new CheckSession(book).findings())) &&
    isDeepStrictEqual(text.findings(), checkDocumentNarrative(book));
  const summary = summarise(update);
  log(formatLine(`checks update with N-rules (${label})`, summary));
  log(
    `  tables alone: median ${ms(median(tablesOnly))} ms; N-rule units re-evaluated: median ` +
      `${median(units)} of ${text.unitCount}, max ${Math.max(...units)}; with findings(): median ` +
      `${ms(median(withFindings))} ms; ` +
      (same
        ? "incremental findings equal a full evaluation"
        : "incremental findings DIFFER from a full evaluation!"),
  );
  return {
    update: summary,
    tables_median_ms: ms(median(tablesOnly)),
    narrative_units_median: median(units),
    narrative_units_max: Math.max(...units),
    narrative_units: text.unitCount,
    update_with_findings: summarise(withFindings),
    equals_full: same,
  };
}

const checksFull = fullChecks("large", doc);
const consistentDoc = consistentLargeDocument(2000, "万元", templateId);
const checksConsistent = fullChecks("consistent 2,000 项", consistentDoc);
const checksEdit = checkEdits("large", doc, SUBJECT_TABLE_IDS);
const checksEditConsistent = checkEdits("consistent", consistentDoc, ["02", "03", "05"]);

// ── `npm run check` throughput: 1,000 generated documents through runCheck in a fresh process ───────
const CHECK_DOCS = 1000;
const DOC_ITEMS: [number, number] = [50, 100];
const docsRandom = prng(2023);
const codePool = plainCodes(400);
const docsDir = mkdtempSync(join(tmpdir(), "juesuan-check-bench-"));
let docBytes = 0;
let perturbed = 0;
let itemsTotal = 0;
for (let i = 0; i < CHECK_DOCS; i++) {
  // A consistent document of 50–100 项 codes (each in 02, 03 and 05, with its 款/类 rows), half of them
  // then perturbed once so that some checks fire.
  const count = randomInt(docsRandom, DOC_ITEMS[0], DOC_ITEMS[1]);
  const codes = [...codePool];
  for (let c = 0; c < count; c++) {
    const pick = randomInt(docsRandom, c, codes.length - 1);
    [codes[c], codes[pick]] = [codes[pick] as string, codes[c] as string];
  }
  itemsTotal += count;
  const generated = consistentDocument(
    codes.slice(0, count).map((code) => ({
      code,
      basic: randomInt(docsRandom, 0, 1) === 0 ? 0 : randomInt(docsRandom, 1, 50_000_00),
      project: randomInt(docsRandom, 1, 50_000_00),
    })),
    "万元",
    templateId,
  );
  const code = codes[randomInt(docsRandom, 0, count - 1)] as string;
  const kind = i % 2 === 0 ? randomInt(docsRandom, 0, 3) : -1;
  if (kind >= 0) perturbed++;
  const t03 = generated.tables["03"] as TableData;
  const t02 = generated.tables["02"] as TableData;
  if (kind === 0) t03.rows[code] = { ...t03.rows[code], 项目支出: randomAmount(docsRandom) };
  else if (kind === 1) {
    delete t02.rows[code];
    if (t02.names) delete t02.names[code];
  } else if (kind === 2)
    (generated.tables["05"] as TableData).names = { ...generated.tables["05"]?.names, [code]: "其他支出" };
  else if (kind === 3)
    (generated.tables["09"] as TableData).rows.三公经费 = {
      ...generated.tables["09"]?.rows.三公经费,
      预算数·公务接待费: "1",
    };
  const text = serialiseDocument(generated);
  docBytes += Buffer.byteLength(text);
  writeFileSync(join(docsDir, `doc-${String(i).padStart(4, "0")}.json`), text);
}
let checkDocs: Record<string, unknown> = { error: "not run" };
let checkDocsPerS: number | undefined;
try {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("./check-throughput.ts", import.meta.url)), docsDir],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const line = child.stdout.trim().split("\n").pop() ?? "";
  const measured = JSON.parse(line) as { docs: number; cpu_ms: number; wall_ms: number };
  checkDocsPerS = Math.round(measured.docs / (measured.cpu_ms / 1000));
  checkDocs = {
    ...measured,
    docs_per_s_cpu: checkDocsPerS,
    docs_per_s_wall: Math.round(measured.docs / (measured.wall_ms / 1000)),
    document: `consistentDocument (src/domain/testing/consistent-document.ts) with ${DOC_ITEMS[0]}–${DOC_ITEMS[1]} 项 codes, each in 02/03/05 with its 款/类 rows; every other document perturbed once (an 03 amount, a dropped 02 row, a 05 name, a 09 amount written "1")`,
    mean_items: Math.round(itemsTotal / CHECK_DOCS),
    mean_json_bytes: Math.round(docBytes / CHECK_DOCS),
    perturbed,
    process:
      "one fresh node process (tsx), runCheck over all files; docs/s = documents / CPU seconds of that process",
  };
  log(
    `npm run check path: ${measured.docs} documents in ${measured.cpu_ms} ms CPU (${measured.wall_ms} ms wall): ` +
      `${checkDocsPerS} documents/s`,
  );
  log(
    `  per document (CPU ms): ${JSON.stringify((measured as { stages_cpu_ms_per_doc?: unknown }).stages_cpu_ms_per_doc)}`,
  );
} catch (error) {
  checkDocs = { error: error instanceof Error ? error.message : String(error) };
  log(`npm run check path: failed (${checkDocs.error})`);
} finally {
  rmSync(docsDir, { recursive: true, force: true });
}

// ── HTML export and serialisation of the large document ─────────────────────────────────────────────
const exportBook = new Workbook(clone(doc));
let html = "";
const exportSummary = summarise(
  time(5, 1, () => {
    html = exportHtml(exportBook);
  }),
);
log(formatLine("exportHtml", exportSummary));
let saved = "";
const saveSummary = summarise(
  time(10, 2, () => {
    saved = serialiseDocument(exportBook.doc);
  }),
);
log(formatLine("serialiseDocument (save)", saveSummary));

// Parse + validate every shipped template file, as the app does at start (texts read once beforehand).
const templateTexts = (JSON.parse(readFileSync(new URL("index.json", SHIPPED_DIR), "utf8")) as string[]).map(
  (file) => readFileSync(new URL(file, SHIPPED_DIR), "utf8"),
);
const templateLoad = summarise(
  time(20, 3, () => {
    for (const text of templateTexts)
      if (!parseTemplateText(text).ok) throw new Error("bad shipped template");
  }),
);
log(formatLine(`parse + validate ${templateTexts.length} shipped templates`, templateLoad));
const narrative = benchNarrative(doc);
log(
  formatLine(
    `生成情况说明 (${narrative.paragraphs} paragraphs, ${narrative.figures} figures)`,
    narrative.generate,
  ),
);
log(
  formatLine(`表文一致 N-rules over that text, stateless (${narrative.findings} findings)`, narrative.check),
);
// ── Excel workbook export and import of the large document ────────────────────────────────────────
const xlsx = await benchXlsx(doc);
log(formatLine("xlsx export", xlsx.export.wall));
log(formatLine("xlsx export (CPU)", xlsx.export.cpu));
log(formatLine("xlsx import", xlsx.import.wall));
log(formatLine("xlsx import (CPU)", xlsx.import.cpu));
log(`  workbook ${xlsx.bytes} bytes; import placed ${xlsx.figures} figures, ${xlsx.unplaced} unplaced`);

const result = {
  full_recompute_ms: fullRecompute.median,
  graph_build_ms: graphBuild.median,
  edit_recompute_ms: edit.median,
  edit_recompute_p95_ms: edit.p95,
  paste_200_ms: paste.median,
  paste_200_p95_ms: paste.p95,
  parse_document_ms: parse.median,
  workbook_open_ms: open.median,
  workbook_open_cold_ms: ms(coldOpenMs),
  checks_full_ms: checksFull.median,
  checks_full_tables_ms: checksFull.tables_median_ms,
  checks_full_cold_ms: checksFull.cold_median_ms,
  checks_prepare_edits_ms: checksFull.prepare_edits_median_ms,
  checks_full_consistent_ms: checksConsistent.median,
  checks_edit_ms: checksEdit.update.median,
  checks_edit_p95_ms: checksEdit.update.p95,
  checks_edit_tables_ms: checksEdit.tables_median_ms,
  check_docs_per_s: checkDocsPerS,
  export_html_ms: exportSummary.median,
  save_ms: saveSummary.median,
  template_load_ms: templateLoad.median,
  narrative_generate_ms: narrative.generate.median,
  narrative_checks_ms: narrative.check.median,
  xlsx_export_ms: xlsx.export.wall.median,
  xlsx_import_ms: xlsx.import.wall.median,
  xlsx_export_cpu_ms: xlsx.export.cpu.median,
  xlsx_import_cpu_ms: xlsx.import.cpu.median,
  domain_details: {
    document: {
      leaf_rows: leafCount,
      subject_rows: totalRows,
      rows_by_table: large.subjectRows,
      entered_cells: large.filledCells,
      derived_cells: graph.formulas.size,
      json_bytes: Buffer.byteLength(text),
    },
    full_recompute: fullRecompute,
    graph_build: graphBuild,
    edit_recompute: edit,
    paste_200: { ...paste, edits: pastedEdits },
    parse_document: parse,
    workbook_open: open,
    incremental_mismatches: mismatches,
    check_ms: checkMs,
    checks: {
      full_large: checksFull,
      full_consistent: {
        ...checksConsistent,
        document: "largeDocument(2000) of src/domain/testing/consistent-document.ts",
      },
      edit_large: checksEdit,
      edit_consistent: checksEditConsistent,
    },
    check_docs: checkDocs,
    export_html: { ...exportSummary, bytes: Buffer.byteLength(html) },
    save: { ...saveSummary, bytes: Buffer.byteLength(saved) },
    narrative_generate: narrative,
  },
};
const resultPath = argument("result");
if (resultPath) writeFileSync(resultPath, JSON.stringify(result));
else console.log(JSON.stringify(result));
