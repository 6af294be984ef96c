import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SEED_FIGURES } from "../src/domain/sample/seed-figures";
import { CANONICAL_TABLE_IDS } from "../src/domain/templates/types";
import { expect, test } from "./fixtures/app";
import { sampleHtml } from "./fixtures/export";
import { twoDecimals } from "./pages/editor.page";

/** PDF and PNGs of the printed sample, kept for review (outside Playwright's own output directory). */
const OUT = join("test-results", "export");

/** The pages of a PDF written by Chromium: each page object's MediaBox (width, height in points). */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])[\s\S]*?endobj/g) ?? [];
  return pages.map((page) => {
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page);
    if (!box) throw new Error("a PDF page without a MediaBox");
    return { width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) };
  });
}

/** Renders the PDF's pages to PNG for a human to look at, when poppler's pdftoppm is installed. */
function renderPagesIfPossible(pdfPath: string): void {
  const probe = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" });
  if (probe.error) return;
  spawnSync("pdftoppm", ["-png", "-r", "60", pdfPath, join(OUT, "seed-page")], { timeout: 120_000 });
}

test.describe("printable HTML export", () => {
  test("prints the sample as an A4 PDF: cover, 目录, every table on its own pages", async ({ page }) => {
    test.setTimeout(180_000);
    mkdirSync(OUT, { recursive: true });
    const html = sampleHtml(OUT);
    await page.setContent(html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    // The page runs no script and opens no other resource: the document is only a data block.
    expect(await page.locator("script:not([type='application/json'])").count()).toBe(0);

    // Every printed figure is in its table's section, as the editor shows it (two decimals).
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("section.table-page td[data-cell]")].map((td) => [
        td.closest("section")?.dataset.table ?? "",
        td.dataset.cell ?? "",
        td.textContent ?? "",
      ]),
    );
    const cells = new Map(shown.map(([table, cell, text]) => [cell, { table, text }]));
    for (const figure of SEED_FIGURES) {
      const id = `${figure.table}|${figure.row}|${figure.col}`;
      expect(cells.get(id), id).toEqual({ table: figure.table, text: twoDecimals(figure.printed) });
    }
    expect(cells.get("03|215|基本支出")?.text).toBe("0.00");
    expect(cells.get("03|201|项目支出")?.text).toBe("");
    for (const table of CANONICAL_TABLE_IDS) {
      const text = (await page.locator(`section[data-table="${table}"]`).textContent()) ?? "";
      for (const figure of SEED_FIGURES.filter((f) => f.table === table))
        expect(text).toContain(twoDecimals(figure.printed));
      expect(text).toContain(`公开${table}表`);
    }
    await expect(page.locator('section[data-table="07"] .explanation')).toHaveText(
      "说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。",
    );

    // Screens for review: each page as it looks on screen, and the whole document in print media.
    for (const table of CANONICAL_TABLE_IDS)
      await page
        .locator(`section[data-table="${table}"]`)
        .screenshot({ path: join(OUT, `table-${table}.png`) });
    await page.locator("section.cover").screenshot({ path: join(OUT, "cover.png") });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: join(OUT, "seed-print-media.png"), fullPage: true });

    // The PDF: cover + 目录 + at least one page per table; wide tables on landscape pages.
    const pdfPath = join(OUT, "seed.pdf");
    const pdf = await page.pdf({ path: pdfPath, preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2 + CANONICAL_TABLE_IDS.length);
    const portrait = pages.filter((p) => Math.abs(p.width - 595) < 2 && Math.abs(p.height - 842) < 2);
    const landscape = pages.filter((p) => Math.abs(p.width - 842) < 2 && Math.abs(p.height - 595) < 2);
    expect(portrait.length + landscape.length, "every page is A4").toBe(pages.length);
    // Cover, 目录, 05 and 08 are portrait; 01, 02, 03, 04, 06, 07 and 09 landscape.
    expect(portrait.length).toBeGreaterThanOrEqual(4);
    expect(landscape.length).toBeGreaterThanOrEqual(7);
    renderPagesIfPossible(pdfPath);
  });
});
