#!/usr/bin/env node
// Full test run: typecheck → lint → unit (vitest) → ensure Chromium → e2e (Playwright).
//
//   npm test                    run everything
//   npm test -- --grep 导出      extra CLI args are passed to `playwright test` only
//   SKIP_E2E=1 npm test         skip the Chromium check and Playwright (quick local run)
//   CHROMIUM_PATH=/path npm test  use another Chromium binary (default /usr/bin/chromium)
//
// The unit stage includes a LibreOffice recalculation of an exported workbook: run as root, this
// installs Debian's libreoffice-calc-nogui when /usr/bin/soffice is absent; otherwise that test is
// skipped with a message.
//
// Every stage runs even if an earlier one failed, so one run shows everything.
// typecheck and lint count as one test each; unit/e2e counts come from their JSON reports
// (test-results/unit-results.json, test-results/e2e-results.json).
// Exit status is non-zero if anything failed or if unit+e2e ran zero tests.
// The last line printed is always `N passed, N failed` (`, N skipped` appended only if > 0).
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, "node_modules", ".bin", name);
const resultsDir = join(root, "test-results");
const unitJson = join(resultsDir, "unit-results.json");
const e2eJson = join(resultsDir, "e2e-results.json");
const extraArgs = process.argv.slice(2);
const skipE2E = ["1", "true", "yes"].includes((process.env.SKIP_E2E ?? "").toLowerCase());

/** @type {{name: string, status: string, passed: number, failed: number, skipped: number, ms: number, note?: string}[]} */
const stages = [];

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", (err) => {
      console.error(`test: cannot start ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function header(name, command) {
  console.log(`\n━━━ ${name}: ${command}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A stage that is one test: passed iff the command exits 0. */
async function singleStage(name, cmd, args) {
  header(name, [cmd.replace(`${root}/`, ""), ...args].join(" "));
  const t0 = Date.now();
  const code = await run(cmd, args);
  const ok = code === 0;
  stages.push({
    name,
    status: ok ? "ok" : "FAIL",
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    ms: Date.now() - t0,
    note: ok ? undefined : `exit ${code}`,
  });
}

async function unitStage() {
  const args = [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${unitJson}`,
    // An empty unit suite is not an error by itself; the zero-tests guard below catches "nothing ran".
    "--passWithNoTests",
  ];
  header("unit", `vitest ${args.join(" ").replace(`${root}/`, "")}`);
  rmSync(unitJson, { force: true });
  const t0 = Date.now();
  const code = await run(bin("vitest"), args);
  const report = readJson(unitJson);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let note;
  if (report) {
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
    skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // Files that failed to load/collect have no assertion results but must still count.
    const brokenFiles = (report.testResults ?? []).filter(
      (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
    ).length;
    failed += brokenFiles;
    if (brokenFiles) note = `${brokenFiles} file(s) failed to load`;
  } else {
    note = "no JSON report";
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = `exit ${code}${note ? `, ${note}` : ""}`;
  }
  stages.push({
    name: "unit",
    status: failed ? "FAIL" : "ok",
    passed,
    failed,
    skipped,
    ms: Date.now() - t0,
    note,
  });
}

async function ensureChromium() {
  const explicit = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  const path = explicit || "/usr/bin/chromium";
  header("chromium", path);
  const t0 = Date.now();
  const done = (ok, note) => {
    stages.push({
      name: "chromium",
      status: ok ? "ok" : "FAIL",
      passed: 0,
      failed: ok ? 0 : 1,
      skipped: 0,
      ms: Date.now() - t0,
      note,
    });
    return ok ? path : undefined;
  };
  if (isExecutable(path)) return done(true, path);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!explicit && isRoot) {
    console.log("Chromium missing; installing it with apt-get (running as root)…");
    const code = await run(
      "sh",
      [
        "-c",
        "apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-noto-cjk",
      ],
      { DEBIAN_FRONTEND: "noninteractive" },
    );
    if (isExecutable(path)) return done(true, `${path} (installed)`);
    console.error(
      code === 0
        ? `apt-get succeeded but ${path} is still not executable (try: apt-get install --reinstall chromium).`
        : `apt-get install chromium failed (exit ${code}).`,
    );
    return done(false, "apt-get install failed");
  }
  console.error(
    [
      "",
      explicit ? `CHROMIUM_PATH 指向的文件不存在或不可执行：${path}` : `未找到 Chromium：${path}`,
      "端到端测试需要 Chromium。请安装：sudo apt-get install chromium fonts-noto-cjk",
      "或者设置环境变量 CHROMIUM_PATH 指向 Chromium 可执行文件。",
      explicit ? `CHROMIUM_PATH is not an executable file: ${path}` : `Chromium not found: ${path}`,
      "The e2e tests need Chromium. Install it: sudo apt-get install chromium fonts-noto-cjk",
      "or set the CHROMIUM_PATH environment variable to a Chromium executable.",
      "",
    ].join("\n"),
  );
  return done(false, "not installed");
}

/** LibreOffice for the workbook recalculation test: installed when absent and root, else that test skips. */
async function ensureLibreOffice() {
  const path = process.env.SOFFICE_PATH || "/usr/bin/soffice";
  if (isExecutable(path)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.log(
      `未找到 LibreOffice（${path}）：Excel 重算测试将跳过。安装：sudo apt-get install libreoffice-calc-nogui`,
    );
    return;
  }
  header("libreoffice", "apt-get install libreoffice-calc-nogui");
  const code = await run(
    "sh",
    ["-c", "apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui"],
    { DEBIAN_FRONTEND: "noninteractive" },
  );
  if (code !== 0)
    console.error(`apt-get install libreoffice-calc-nogui failed (exit ${code}); the test will skip.`);
}

async function e2eStage(chromiumPath) {
  const args = ["test", ...(extraArgs.length ? extraArgs : ["--pass-with-no-tests"])];
  header("e2e", `playwright ${args.join(" ")}`);
  mkdirSync(resultsDir, { recursive: true });
  rmSync(e2eJson, { force: true });
  const t0 = Date.now();
  const code = await run(bin("playwright"), args, {
    CHROMIUM_PATH: chromiumPath,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  });
  const report = readJson(e2eJson);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let note;
  if (report?.stats) {
    passed = (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
    failed = report.stats.unexpected ?? 0;
    skipped = report.stats.skipped ?? 0;
    if (report.stats.flaky) note = `${report.stats.flaky} flaky`;
    const errors = report.errors?.length ?? 0;
    if (errors) note = `${errors} global error(s)`;
  } else {
    note = "no JSON report";
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = `exit ${code}${note ? `, ${note}` : ""}`;
  }
  stages.push({
    name: "e2e",
    status: failed ? "FAIL" : "ok",
    passed,
    failed,
    skipped,
    ms: Date.now() - t0,
    note,
  });
}

function skipStage(name, note) {
  stages.push({ name, status: "skip", passed: 0, failed: 0, skipped: 0, ms: 0, note });
}

function printSummary() {
  const rows = [
    ["stage", "result", "passed", "failed", "skipped", "time", "note"],
    ...stages.map((s) => [
      s.name,
      s.status,
      String(s.passed),
      String(s.failed),
      String(s.skipped),
      s.ms ? `${(s.ms / 1000).toFixed(1)}s` : "-",
      s.note ?? "",
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log("\n━━━ summary");
  for (const row of rows) {
    const line = row.map((cell, i) => cell.padEnd(widths[i])).join("  ");
    console.log(line.trimEnd());
  }
}

// ── main ────────────────────────────────────────────────────────────────────
if (!existsSync(bin("vitest"))) {
  console.error("test: node_modules missing; run `npm ci` first.");
}
mkdirSync(resultsDir, { recursive: true });

await singleStage("typecheck", bin("tsc"), ["--noEmit"]);
await singleStage("lint", bin("biome"), ["check", "."]);
await ensureLibreOffice();
await unitStage();
if (skipE2E) {
  skipStage("chromium", "SKIP_E2E=1");
  skipStage("e2e", "SKIP_E2E=1");
} else {
  const chromiumPath = await ensureChromium();
  if (chromiumPath) await e2eStage(chromiumPath);
  else skipStage("e2e", "no Chromium");
}

const testsRan = stages
  .filter((s) => s.name === "unit" || s.name === "e2e")
  .reduce((n, s) => n + s.passed + s.failed, 0);
// Zero tests is a broken setup, not a pass: count it as a failure so the last line agrees with the exit code.
if (testsRan === 0) {
  stages.push({
    name: "guard",
    status: "FAIL",
    passed: 0,
    failed: 1,
    skipped: 0,
    ms: 0,
    note: "no unit or e2e tests ran",
  });
}
printSummary();
const total = (key) => stages.reduce((n, s) => n + s[key], 0);
const passed = total("passed");
const failed = total("failed");
const skipped = total("skipped");
process.exitCode = failed > 0 ? 1 : 0;
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
