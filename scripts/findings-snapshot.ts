/**
 * Guard for structural changes: the `npm run check -- --json` findings over the sample, 200 generated
 * documents and 50 of them with a typed-over 情况说明 (the N-rules) must stay byte-identical.
 *
 *   npx tsx scripts/findings-snapshot.ts            compare with scripts/findings-baseline.json (exit 1 on any change)
 *   npx tsx scripts/findings-snapshot.ts --write    rewrite the baseline (only from a head known to be right)
 *
 * The baseline stores two hashes per document: of the document text (so a changed generator is told apart
 * from changed findings) and of the CLI's JSON line. The documents and the full findings are written to
 * .bench/findings/ for diffing when something differs.
 */
// The shipped templates, registered before anything reads a document.
import "../src/domain/testing/setup";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { runCheck } from "../src/cli/check";
import type { JuesuanDocument } from "../src/domain/document/model";
import { serialiseDocument } from "../src/domain/document/serialise";
import { arbDocument } from "../src/domain/testing/documents";
import { withTypedNarrative } from "../src/domain/testing/typed-narrative";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const baselineFile = join(root, "scripts", "findings-baseline.json");
const outDir = join(root, ".bench", "findings");
const GENERATED = 200;
/** Of the generated documents, every `NARRATED`th also carries a 情况说明 typed over (the N-rules). */
const NARRATED = 4;

interface Entry {
  document: string;
  findings: string;
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 24);

/** Amounts far beyond 2^53 units, so the checks' wide-integer path is covered too. */
function withHugeAmounts(doc: JuesuanDocument, seed: number): JuesuanDocument {
  const copy = structuredClone(doc);
  let n = seed;
  for (const data of Object.values(copy.tables)) {
    for (const cells of Object.values(data?.rows ?? {})) {
      for (const col of Object.keys(cells)) {
        n = (n * 1103515245 + 12345) % 2147483648;
        if (cells[col] !== null && n % 3 === 0) cells[col] = `${987654321987654}${n % 1000}.${n % 100}`;
      }
    }
  }
  return copy;
}

/** The documents, by file name: the sample, then generated ones (both layouts, 万元 and 元, with and without stated values). */
function documents(): Map<string, string> {
  const docs = new Map<string, string>();
  docs.set("sample.json", readFileSync(join(root, "public", "samples", "seed-2023.json"), "utf8"));
  const kinds = [
    { stated: false, seed: 1101 },
    { stated: true, seed: 2202 },
  ];
  const perKind = GENERATED / kinds.length;
  for (const { stated, seed } of kinds) {
    const sampled = fc.sample(arbDocument({ stated, maxRows: 14, maxFixedValues: 30 }), {
      seed,
      numRuns: perKind,
    });
    sampled.forEach((doc, i) => {
      let out = doc;
      if (i % 4 === 1) out = { ...out, meta: { ...out.meta, unit: "元" } };
      if (i % 10 === 3) out = withHugeAmounts(out, seed + i);
      const name = `${stated ? "stated" : "entered"}-${String(i).padStart(3, "0")}.json`;
      docs.set(name, serialiseDocument(out));
      if (i % NARRATED === 0)
        docs.set(name.replace(".json", "-text.json"), serialiseDocument(withTypedNarrative(out, seed + i)));
    });
  }
  return docs;
}

function snapshot(): Record<string, Entry> {
  const docs = documents();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of docs) writeFileSync(join(outDir, name), text);
  const cwd = process.cwd();
  process.chdir(outDir);
  const names = [...docs.keys()];
  const run = runCheck([...names, "--json"]);
  process.chdir(cwd);
  if (run.output.length !== names.length)
    throw new Error(`expected ${names.length} reports, got ${run.output.length}`);
  writeFileSync(join(outDir, "findings.jsonl"), `${run.output.join("\n")}\n`);
  const entries: Record<string, Entry> = {};
  names.forEach((name, i) => {
    entries[name] = { document: sha(docs.get(name) ?? ""), findings: sha(run.output[i] ?? "") };
  });
  return entries;
}

function compare(baseline: Record<string, Entry>, now: Record<string, Entry>): string[] {
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(baseline), ...Object.keys(now)])) {
    const before = baseline[name];
    const after = now[name];
    if (!before || !after) problems.push(`${name}: ${before ? "missing now" : "not in the baseline"}`);
    else if (before.document !== after.document) problems.push(`${name}: the generated document changed`);
    else if (before.findings !== after.findings) problems.push(`${name}: findings differ`);
  }
  return problems;
}

const now = snapshot();
if (process.argv.includes("--write")) {
  writeFileSync(baselineFile, `${JSON.stringify(now, null, 2)}\n`);
  console.log(`findings-snapshot: baseline written for ${Object.keys(now).length} documents`);
} else {
  if (!existsSync(baselineFile)) throw new Error(`no baseline: run with --write first (${baselineFile})`);
  const problems = compare(JSON.parse(readFileSync(baselineFile, "utf8")) as Record<string, Entry>, now);
  for (const line of problems) console.log(line);
  console.log(
    `findings-snapshot: ${Object.keys(now).length} documents, ${problems.length} differ (full output in ${outDir})`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
