#!/usr/bin/env node
// Writes src/ui/grid/ag-locale-zh.json: the keys of AG Grid's Chinese locale that the grid code we ship
// can ask for. The full locale (830 strings, about 10 kB gzip) covers every enterprise feature; the
// modules registered in src/ui/grid/ag-setup.ts use about fifty, and a missing key falls back to English.
//
// How: build the app without minification, take the AG Grid chunk, keep each locale key that it passes
// to a call. Run again after changing the registered modules or AG Grid's version:
//
//   node scripts/ag-locale-subset.mjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AG_GRID_LOCALE_CN } from "@ag-grid-community/locale";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = mkdtempSync(join(tmpdir(), "ag-locale-"));
const build = spawnSync(
  join(root, "node_modules/.bin/vite"),
  ["build", "--minify", "false", "--outDir", out],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const assets = join(out, "assets");
const chunk = readdirSync(assets).find((name) => name.startsWith("ag-grid") && name.endsWith(".js"));
if (!chunk) throw new Error("no ag-grid chunk in the build");
const code = readFileSync(join(assets, chunk), "utf8");
rmSync(out, { recursive: true, force: true });

// A text is asked for by a call with its key as a literal first argument (localeTextFunc("noRowsToShow",
// "No Rows To Show")). The only keys passed in a variable are the filters' (translateForFilter), and no
// filter module is registered; a key merely named as a property or a string elsewhere is not a text.
const used = Object.keys(AG_GRID_LOCALE_CN).filter((key) =>
  new RegExp(`\\(\\s*["'\`]${key}["'\`]\\s*[,)]`).test(code),
);
const subset = Object.fromEntries(used.sort().map((key) => [key, AG_GRID_LOCALE_CN[key]]));
writeFileSync(join(root, "src/ui/grid/ag-locale-zh.json"), `${JSON.stringify(subset, null, 2)}\n`);
console.log(`ag-locale-zh.json: ${used.length} of ${Object.keys(AG_GRID_LOCALE_CN).length} keys`);
