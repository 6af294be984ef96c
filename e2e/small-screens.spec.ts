import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "./fixtures/app";
import { ALL_TABLES, EditorPage, expect } from "./pages/editor.page";

/** Screenshots of the nine tables at 1280×720 (for human review), and what must fit on such a screen. */
test.describe("1280×720", () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1280, height: 720 } });

  test("screenshots of the nine tables", async ({ page }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.open();
    const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd();
    const dir = join(root, "test-results", "screens-1280");
    mkdirSync(dir, { recursive: true });
    for (const table of ALL_TABLES) {
      if (table !== "01") await editor.showTable(table);
      await page.evaluate(async () => {
        await document.fonts.ready;
        (document.activeElement as HTMLElement | null)?.blur();
        await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      });
      const path = join(dir, `table-${table}.png`);
      await page.screenshot({ path, animations: "disabled" });
      await testInfo.attach(`table-${table}`, { path, contentType: "image/png" });
    }
    await expect(editor.grid("09")).toBeVisible();
  });
});
