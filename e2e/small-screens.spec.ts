import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { test } from "./fixtures/app";
import { ALL_TABLES, EditorPage, expect, type TableId } from "./pages/editor.page";

/** What one table's grid shows on this screen: whole body rows in view, and whether it scrolls sideways. */
async function gridFit(editor: EditorPage, table: TableId) {
  return editor.grid(table).evaluate((grid) => {
    const viewport = grid.querySelector(".ag-body-viewport, .ag-grid-viewport") as HTMLElement;
    const sideways = grid.querySelector(".ag-body-horizontal-scroll-viewport") as HTMLElement;
    const box = viewport.getBoundingClientRect();
    const whole = new Set<string>();
    for (const row of grid.querySelectorAll(".ag-row.row-data")) {
      const r = row.getBoundingClientRect();
      if (r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1)
        whole.add(row.getAttribute("row-id") ?? "");
    }
    const vertical = grid.querySelector(".ag-body-vertical-scroll") as HTMLElement | null;
    return {
      rows: whole.size,
      sideways: sideways.scrollWidth > sideways.clientWidth + 1,
      scrollbar: (vertical?.getBoundingClientRect().width ?? 0) > 0,
    };
  });
}

/** The header's height against one line of its buttons. */
async function headerLines(page: Page): Promise<number> {
  return page.locator(".doc-header").evaluate((header) => {
    const button = header.querySelector(".doc-actions button") as HTMLElement;
    return Math.round(header.getBoundingClientRect().height / button.getBoundingClientRect().height);
  });
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    (document.activeElement as HTMLElement | null)?.blur();
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
}

function screenshotDir(testInfo: TestInfo, name: string): string {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd();
  const dir = join(root, "test-results", name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

test.describe("1280×720", () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1280, height: 720 } });

  test("03 shows at least 12 rows and every amount column without scrolling sideways; the header is one line", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
    await settle(page);
    expect(await headerLines(page)).toBe(1);
    expect(await editor.headerMetaWhole()).toBe(true);
    // Column widths settle after the grid's first layout (fonts, the document's widest figure).
    await expect
      .poll(async () => (await gridFit(editor, "03")).sideways, { message: "03 scrolls sideways" })
      .toBe(false);
    const fit = await gridFit(editor, "03");
    expect(fit.rows).toBeGreaterThanOrEqual(12);
    // Row names are whole: 01's and 04's longest labels are not cut off.
    for (const [table, text, row, col] of [
      ["01", "一、一般公共预算财政拨款收入", "一般公共预算财政拨款收入", "决算数"],
      ["04", "年初财政拨款结转和结余", "年初财政拨款结转和结余", "金额"],
    ] as const) {
      await editor.showTable(table);
      await editor.reveal(table, row, col);
      const label = editor.grid(table).locator(".ag-cell.cell-label", { hasText: text });
      const cut = await label.evaluate((cell) => {
        const inner = (cell.querySelector(".ag-cell-value") ?? cell) as HTMLElement;
        return inner.scrollWidth > inner.clientWidth;
      });
      expect(cut, `${text} cut off`).toBe(false);
    }
    // 06's 人员经费合计 has no code: its label spans the code and name columns, whole.
    await editor.showTable("06");
    await editor.reveal("06", "人员经费合计", "决算数");
    const total = editor.grid("06").locator(".ag-cell.cell-code", { hasText: "人员经费合计" });
    const totalCut = await total.evaluate((cell) => {
      const inner = (cell.querySelector(".ag-cell-value") ?? cell) as HTMLElement;
      return inner.scrollWidth > inner.clientWidth;
    });
    expect(totalCut, "人员经费合计 cut off").toBe(false);
  });

  test("a block pasted into the empty 07 brings rows, a scrollbar and a wider figure: the columns still fit", async ({
    page,
  }) => {
    // AG Grid fits its columns again when the data or the columns change, but then ignores the vertical
    // scrollbar that the new rows bring in the next frame: 07 scrolled sideways by the scrollbar's width.
    const editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("07");
    // Pasted on the 栏次 row: a block with 科目编码 goes to the rows of its codes wherever it lands.
    await editor
      .grid("07")
      .locator(".ag-row.row-lane .ag-cell:not(.cell-code):not(.cell-name)")
      .first()
      .click();
    const codes = ["2010301", "2010350", "2010601", "2010602", "2010607", "2010608", "2013901", "2013950"];
    const more = ["2013999", "2080501", "2080502", "2080505", "2080506", "2080599", "2101101", "2101102"];
    const last = ["2101103", "2120101", "2120201", "2150517", "2200150", "2200199", "2210201", "2210203"];
    const block = [...codes, ...more, ...last].map((code, i) =>
      [code, "", i === 3 ? "99999.00" : "1"].join("\t"),
    );
    await editor.paste(`${block.join("\r\n")}\r\n`);
    await expect(editor.message()).toContainText("已按科目编码粘贴 24 行");
    // Sampled as an accountant would see it: right after the paste, then as it settles.
    for (const wait of [0, 100, 500, 1000]) {
      await page.waitForTimeout(wait);
      const fit = await gridFit(editor, "07");
      if (fit.scrollbar) expect(fit.sideways, `07 scrolls sideways ${wait} ms after the paste`).toBe(false);
    }
    expect((await gridFit(editor, "07")).scrollbar).toBe(true);
  });

  test("screenshots of the nine tables", async ({ page }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.open();
    const dir = screenshotDir(testInfo, "screens-1280");
    for (const table of ALL_TABLES) {
      if (table !== "01") await editor.showTable(table);
      await settle(page);
      const path = join(dir, `table-${table}.png`);
      await page.screenshot({ path, animations: "disabled" });
      await testInfo.attach(`table-${table}`, { path, contentType: "image/png" });
    }
    // 07 and 08 have no 科目 rows: the grid says so as the publication does.
    await editor.showTable("07");
    await expect(editor.grid("07").locator(".ag-overlay").getByText("本表无数据")).toBeVisible();
    await expect(editor.grid("07").getByText("无显示行")).toHaveCount(0);
  });
});

test.describe("1024×768", () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1024, height: 768 } });

  test("stays usable: one header line, the page does not scroll sideways, 03's grid shows rows", async ({
    page,
  }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
    await settle(page);
    expect(await headerLines(page)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect((await gridFit(editor, "03")).rows).toBeGreaterThanOrEqual(12);
    const path = join(screenshotDir(testInfo, "screens-1024"), "table-03.png");
    await page.screenshot({ path, animations: "disabled" });
    await testInfo.attach("table-03", { path, contentType: "image/png" });
  });
});
