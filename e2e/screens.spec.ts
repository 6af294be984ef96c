import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "./fixtures/app";
import { ALL_TABLES, EditorPage } from "./pages/editor.page";

/** Screenshots of the nine tables as opened from the sample, for human review (not compared). */
test.describe("screens", () => {
  // Generous bound for a loaded 2-core machine; tests still wait on conditions only.
  test.describe.configure({ timeout: 90_000 });

  for (const table of ALL_TABLES) {
    test(`table ${table}`, async ({ page }, testInfo) => {
      const editor = new EditorPage(page);
      await editor.open();
      if (table !== "01") await editor.showTable(table);
      // Settle: web fonts loaded, no focus ring from the nav click, two frames painted.
      await page.evaluate(async () => {
        await document.fonts.ready;
        (document.activeElement as HTMLElement | null)?.blur();
        await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      });
      const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd();
      const dir = join(root, "test-results", "screens");
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `table-${table}.png`);
      await page.screenshot({ path, fullPage: true, animations: "disabled" });
      await testInfo.attach(`table-${table}`, { path, contentType: "image/png" });
    });
  }
});
