/**
 * Domain timings on the synthetic large document: graph build, full recompute, single-leaf edits through
 * `Workbook.apply`, and a 200-cell paste (parseClipboardTable → planPaste → Workbook.apply).
 *
 *   node --expose-gc --import tsx bench/domain.bench.ts [--doc out.json] [--result result.json]
 *
 * Prints human-readable lines; writes the document file to --doc and the figures to --result.
 */
import { writeFileSync } from "node:fs";
import { parseClipboardTable } from "../src/domain/clipboard/parse-clipboard";
import { planPaste } from "../src/domain/clipboard/plan-paste";
import type { JuesuanDocument } from "../src/domain/document/model";
import { parseDocumentText } from "../src/domain/document/parse";
import { type CellId, cellId, parseCellId } from "../src/domain/engine/cell-id";
import { expandFormulas } from "../src/domain/engine/expand";
import { buildGraph } from "../src/domain/engine/graph";
import { computeAll } from "../src/domain/engine/recompute";
import { type Money, money, sameAmount } from "../src/domain/money";
import { rowColumns } from "../src/domain/templates/structure";
import { Workbook } from "../src/domain/workbook/workbook";
import {
  largeDocumentText,
  prng,
  randomAmount,
  randomInt,
  rowsOf,
  SUBJECT_TABLE_IDS,
} from "./large-document";
import { argument, formatLine, ms, summarise, time } from "./stats";

const RECOMPUTE_RUNS = 20;
const EDIT_RUNS = 300;
const PASTE_RUNS = 30;
const PASTE_ROWS = 40;

function log(line: string) {
  console.log(`[domain] ${line}`);
}

const clone = (doc: JuesuanDocument): JuesuanDocument => structuredClone(doc);

// ── the document ──────────────────────────────────────────────────────────────────────────────────
let started = performance.now();
const { text, large } = largeDocumentText();
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
  `large document: ${leafCount} 项 rows, ${totalRows} 科目 rows in ${SUBJECT_TABLE_IDS.join("/")}, ` +
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
log(formatLine("computeAll (full)", fullRecompute));

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
    for (const col of rowColumns(template.tables[table], row)) {
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
const pasteColumns = rowColumns(template.tables[pasteTable], large.leafRows[pasteTable][0] as string).filter(
  (col) => !workbook.isDerived(cellId(pasteTable, large.leafRows[pasteTable][0] as string, col)),
);
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
    // The store path (pasteBlock): parse, plan, drop no-op edits, apply as one batch.
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
    check_ms: ms(performance.now() - started),
  },
};
const resultPath = argument("result");
if (resultPath) writeFileSync(resultPath, JSON.stringify(result));
else console.log(JSON.stringify(result));
