#!/usr/bin/env node
// Performance benchmark: `npm run bench`.
//
//   1. domain  (bench/domain.bench.ts via tsx): synthetic large document (~2,000 项 rows), graph build,
//              full recompute, single-leaf edits through Workbook.apply, a 200-cell paste; 审核 (full
//              CheckSession on the large and on a consistent 2,000-项 document, updates after single-leaf
//              edits, `npm run check` throughput over 1,000 generated documents in one fresh process);
//              exportHtml and serialiseDocument (save) of the large document.
//   2. build   `vite build` into .bench/dist; gzip sizes of the JS and CSS assets.
//   3. browser (bench/browser.bench.ts via tsx): `vite preview` on a free localhost port, system Chromium:
//              cold loads of the sample, then edits typed into the large document's 03 table.
//
// Stages 1 and 3 run again on a large document of the shanghai-2024 template (the same generator, the
// same targets); those figures carry the suffix _sh2024.
//
// Prints human-readable lines; the LAST line is always one JSON object with the figures (ms, KB).
// Exit status is non-zero if a stage failed (its figures are then missing and `errors` says why).
//
//   BENCH_SKIP_BROWSER=1 npm run bench   domain and bundle only
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const work = join(root, ".bench");
const outDir = join(work, "dist");
const docFile = join(work, "large-document.json");
const domainFile = join(work, "domain.json");
const browserFile = join(work, "browser.json");
/** The second run: a large shanghai-2024 document, its figures suffixed. */
const SH = { template: "shanghai-2024", suffix: "_sh2024" };
const shDocFile = join(work, "large-document-sh2024.json");
const shDomainFile = join(work, "domain-sh2024.json");
const shBrowserFile = join(work, "browser-sh2024.json");
/**
 * The figures of the large document, measured again on shanghai-2024. Not repeated: template_load_ms
 * (the same files) and the narrative figures (上海 has no 情况说明 skeleton yet: nothing to generate).
 */
const SH_DOMAIN_KEYS = [
  "full_recompute_ms",
  "graph_build_ms",
  "edit_recompute_ms",
  "edit_recompute_p95_ms",
  "paste_200_ms",
  "parse_document_ms",
  "workbook_open_ms",
  "checks_full_ms",
  "checks_full_cold_ms",
  "checks_full_consistent_ms",
  "checks_edit_ms",
  "checks_edit_p95_ms",
  "check_docs_per_s",
  "export_html_ms",
  "save_ms",
  "xlsx_export_ms",
  "xlsx_import_ms",
  "xlsx_export_cpu_ms",
  "xlsx_import_cpu_ms",
];
const SH_BROWSER_KEYS = [
  "edit_to_paint_median_ms",
  "edit_to_paint_p95_ms",
  "edit_to_frame_median_ms",
  "edit_to_frame_p95_ms",
  "large_load_ms",
  "large_switch_to_03_ms",
];

/** Copies `keys` of a second run into the result with the suffix. */
function mergeSuffixed(figures, keys) {
  for (const key of keys) if (figures[key] !== undefined) result[`${key}${SH.suffix}`] = figures[key];
}
const bin = (name) => join(root, "node_modules", ".bin", name);
const skipBrowser = ["1", "true", "yes"].includes((process.env.BENCH_SKIP_BROWSER ?? "").toLowerCase());

const started = Date.now();
/** @type {Record<string, unknown>} */
const result = {};
/** @type {string[]} */
const errors = [];

function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", ...options });
    child.on("error", (err) => {
      console.error(`bench: cannot start ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function header(title) {
  console.log(`\n━━━ ${title}`);
}

/** A port the OS says is free right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

/**
 * Gzip sizes (zlib, default level) of the built .js and .css assets, in KB (1,024 bytes): all of them, and
 * those the page loads at start (index.html's script, module preloads and stylesheets); the rest are
 * loaded on first use (print preview, comments, compare, training views).
 */
function bundleSizes() {
  const assets = join(outDir, "assets");
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const initialNames = new Set([...html.matchAll(/assets\/([^"']+\.(?:js|css))/g)].map((m) => m[1]));
  let raw = 0;
  let gzip = 0;
  let initialGzip = 0;
  const files = [];
  for (const name of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const bytes = readFileSync(join(assets, name));
    const zipped = gzipSync(bytes).length;
    const initial = initialNames.has(name);
    raw += bytes.length;
    gzip += zipped;
    if (initial) initialGzip += zipped;
    files.push({ name, kb: round(bytes.length / 1024), gzip_kb: round(zipped / 1024), initial });
  }
  return {
    raw_kb: round(raw / 1024),
    gzip_kb: round(gzip / 1024),
    initial_gzip_kb: round(initialGzip / 1024),
    files,
  };
}

const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function machine() {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model ?? "unknown",
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    mem_gb: round(totalmem() / 1024 ** 3, 1),
    free_mem_gb: round(freemem() / 1024 ** 3, 1),
    load_avg_at_start: loadavg().map((n) => round(n)),
  };
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────
result.machine = machine();
console.log(
  `bench: ${result.machine.cores} cores (${result.machine.cpu}), node ${process.version}, ` +
    `load average ${result.machine.load_avg_at_start.join(" ")}`,
);
mkdirSync(work, { recursive: true });
for (const file of [domainFile, browserFile, shDomainFile, shBrowserFile]) rmSync(file, { force: true });

for (const template of ["2023", SH.template]) {
  const second = template === SH.template;
  header(`domain (template ${template}): node --expose-gc --import tsx bench/domain.bench.ts`);
  const out = second ? shDomainFile : domainFile;
  const code = await run(process.execPath, [
    "--expose-gc",
    "--import",
    "tsx",
    "bench/domain.bench.ts",
    "--template",
    template,
    "--doc",
    second ? shDocFile : docFile,
    "--result",
    out,
  ]);
  const domain = readJson(out);
  if (code !== 0 || !domain) errors.push(`domain bench (${template}) failed (exit ${code})`);
  else if (!second) Object.assign(result, domain);
  else {
    mergeSuffixed(domain, SH_DOMAIN_KEYS);
    result[`domain_details${SH.suffix}`] = domain.domain_details;
  }
}

header("build: vite build --outDir .bench/dist");
let built = false;
{
  const t0 = Date.now();
  const code = await run(bin("vite"), ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"]);
  if (code === 0 && existsSync(join(outDir, "index.html"))) {
    built = true;
    result.build_ms = Date.now() - t0;
    const sizes = bundleSizes();
    result.bundle_gzip_kb = sizes.initial_gzip_kb;
    result.bundle_all_gzip_kb = sizes.gzip_kb;
    result.bundle_raw_kb = sizes.raw_kb;
    result.bundle_files = sizes.files;
    console.log(`[build] built in ${result.build_ms} ms`);
    for (const f of sizes.files)
      console.log(
        `[build]   ${f.name.padEnd(32)} ${f.kb} KB, gzip ${f.gzip_kb} KB${f.initial ? "" : " (on demand)"}`,
      );
    console.log(
      `[build] JS+CSS: ${sizes.raw_kb} KB, gzip ${sizes.gzip_kb} KB; loaded at start: gzip ${sizes.initial_gzip_kb} KB`,
    );
  } else errors.push(`vite build failed (exit ${code})`);
}

if (skipBrowser) console.log("\n(browser stage skipped: BENCH_SKIP_BROWSER=1)");
else if (!built || !existsSync(docFile)) errors.push("browser bench skipped: no build or no large document");
else {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  header(`browser: vite preview on ${base}, Chromium /usr/bin/chromium`);
  const preview = spawn(
    bin("vite"),
    ["preview", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  try {
    await waitForHttp(base, preview, 20_000);
    for (const [doc, out, loads] of [
      [docFile, browserFile, "5"],
      [shDocFile, shBrowserFile, "1"],
    ]) {
      if (!existsSync(doc)) continue;
      const code = await run(process.execPath, [
        "--import",
        "tsx",
        "bench/browser.bench.ts",
        "--url",
        base,
        "--doc",
        doc,
        "--loads",
        loads,
        "--result",
        out,
      ]);
      const browser = readJson(out);
      if (code !== 0 || !browser) errors.push(`browser bench (${doc}) failed (exit ${code})`);
      else if (out === browserFile) Object.assign(result, browser);
      else mergeSuffixed(browser, SH_BROWSER_KEYS);
    }
  } catch (error) {
    errors.push(`browser bench: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (preview.exitCode === null) {
      preview.kill("SIGTERM");
      await new Promise((r) => {
        const timer = setTimeout(() => {
          if (preview.exitCode === null) preview.kill("SIGKILL");
          r(undefined);
        }, 3000);
        preview.on("close", () => {
          clearTimeout(timer);
          r(undefined);
        });
      });
    }
  }
}

result.machine.load_avg_at_end = loadavg().map((n) => round(n));
result.total_s = round((Date.now() - started) / 1000, 1);
if (errors.length > 0) result.errors = errors;

header("summary");
const shown = (value, unit) => (value === undefined ? "—" : `${value} ${unit}`);
/** One figure; where it was measured on shanghai-2024 too, that figure beside it. */
const line = (label, key, unit = "ms") => {
  const sh = `${key}${SH.suffix}`;
  const beside = sh in result ? `   ${SH.template}: ${shown(result[sh], unit)}` : "";
  console.log(`${label.padEnd(44)} ${shown(result[key], unit).padEnd(12)}${beside}`);
};
line("full recompute (deriveAll, large doc)", "full_recompute_ms");
line("graph build (expandFormulas+buildGraph)", "graph_build_ms");
line("single-leaf edit (Workbook.apply), median", "edit_recompute_ms");
line("200-cell paste (parse+plan+apply), median", "paste_200_ms");
line("checks: full evaluation, large doc, median", "checks_full_ms");
line("checks: full evaluation, as on opening", "checks_full_cold_ms");
line("checks: full evaluation, consistent 2,000 项", "checks_full_consistent_ms");
line("checks: update after a 1-leaf edit, median", "checks_edit_ms");
line("npm run check: documents/s (1 process)", "check_docs_per_s", "docs/s");
line("exportHtml, large doc, median", "export_html_ms");
line("save (serialiseDocument), large doc, median", "save_ms");
line("parse + validate all shipped templates, median", "template_load_ms");
line("生成情况说明, large doc, median", "narrative_generate_ms");
line("表文一致 N-rules, large doc, median", "narrative_checks_ms");
line("xlsx export (layout + exceljs), large doc", "xlsx_export_ms");
line("xlsx import (exceljs + recognition), large", "xlsx_import_ms");
line("xlsx export, CPU time", "xlsx_export_cpu_ms");
line("xlsx import, CPU time", "xlsx_import_cpu_ms");
line("load: sample, navigation → first 01 cell", "load_ms");
line("load: sample, navigation → AG Grid's rows", "load_grid_ms");
line("edit → 合计 in the DOM, large 03, median", "edit_to_paint_median_ms");
line("edit → 合计 in the DOM, large 03, p95", "edit_to_paint_p95_ms");
line("edit → the frame after, large 03, p95", "edit_to_frame_p95_ms");
line("bundle JS+CSS gzip, loaded at start", "bundle_gzip_kb", "KB");
line("bundle JS+CSS gzip, all (incl. on demand)", "bundle_all_gzip_kb", "KB");
for (const error of errors) console.log(`error: ${error}`);
console.log(`total ${result.total_s} s; load average now ${result.machine.load_avg_at_end.join(" ")}`);
process.exitCode = errors.length > 0 ? 1 : 0;
console.log(JSON.stringify(result));
