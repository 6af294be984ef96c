import { test } from "./fixtures/app";
import { DEV_URL } from "./fixtures/servers";
import { EditorPage, expect } from "./pages/editor.page";

const TABLES = ["01", "02", "03", "04", "05", "06", "07", "08", "09"] as const;

/*
 * `npm start` runs the development build, where AG Grid's ValidationModule checks every grid option and
 * column definition: a deprecated or misused option is logged and shown in a red box over the grid, the
 * first thing a new user would see (a `tooltipValueGetter` did that until v36.2's `tooltip`).
 */
test("npm start: AG Grid's validation finds nothing to report on any of the nine tables", async ({
  page,
}) => {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("AG Grid")) reports.push(`${message.type()}: ${message.text()}`);
  });
  const editor = new EditorPage(page);
  await page.goto(DEV_URL);
  // The development server compiles modules on first request: allow for a slow machine.
  await expect(editor.grid("01").locator(".ag-row").first()).toBeVisible({ timeout: 60_000 });
  for (const table of TABLES) await editor.showTable(table);

  expect(reports).toEqual([]);
  await expect(page.getByText("AG Grid found")).toHaveCount(0);
});
