import type { Page } from "@playwright/test";
import { test } from "./fixtures/app";
import { DEV_URL } from "./fixtures/servers";
import { ALL_TABLES, EditorPage, expect } from "./pages/editor.page";
import { ReviewPage } from "./pages/review.page";
import { TrainingPage } from "./pages/training.page";

/** Every console message that mentions AG Grid, from the moment this is called. */
function gridReports(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("AG Grid")) reports.push(`${message.type()}: ${message.text()}`);
  });
  return reports;
}

/** Nothing from AG Grid in the console, and no warning box on the page. */
async function expectNothingReported(page: Page, reports: string[], where: string): Promise<void> {
  expect(reports, where).toEqual([]);
  await expect(page.getByText("AG Grid found"), where).toHaveCount(0);
}

/*
 * `npm start` runs the development build, where AG Grid's ValidationModule checks every grid option and
 * column definition: a deprecated or misused option is logged and shown in a red box over the grid, the
 * first thing a new user would see (a `tooltipValueGetter` did that until v36.2's `tooltip`; a grid made
 * while its table was hidden behind 单元格角色 called sizeColumnsToFit() at zero width).
 */
test.describe("npm start: AG Grid's validation finds nothing to report", () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeEach(async ({ page }) => {
    const editor = new EditorPage(page);
    await page.goto(DEV_URL);
    // The development server compiles modules on first request: allow for a slow machine.
    await expect(editor.grid("01").locator(".ag-row").first()).toBeVisible({ timeout: 60_000 });
  });

  test("on any of the nine tables", async ({ page }) => {
    const reports = gridReports(page);
    const editor = new EditorPage(page);
    for (const table of ALL_TABLES) await editor.showTable(table);
    await expectNothingReported(page, reports, "tables");
  });

  test("on 单元格角色 of every table, 导览, 结构图 and 名词解释, and back on the tables", async ({
    page,
  }) => {
    const reports = gridReports(page);
    const ui = new TrainingPage(page);
    await ui.setTrainingMode(true);
    await ui.viewButton("roles").click();
    for (const table of ALL_TABLES) {
      await page.getByTestId(`nav-${table}`).click();
      await expect(ui.rolesView()).toHaveAttribute("data-table", table);
    }
    await expectNothingReported(page, reports, "单元格角色");
    await ui.tourLauncher().click();
    await expect(ui.tourCard()).toBeVisible();
    await page.getByTestId("tour-next").click();
    await page.getByTestId("tour-next").click();
    await page.keyboard.press("Escape");
    await expectNothingReported(page, reports, "导览");
    await ui.openStructureMap();
    await expectNothingReported(page, reports, "结构图");
    await ui.viewButton("glossary").click();
    await expect(ui.glossaryPage()).toBeVisible();
    await expectNothingReported(page, reports, "名词解释");
    const editor = new EditorPage(page);
    for (const table of ALL_TABLES) await editor.showTable(table);
    await expectNothingReported(page, reports, "tables after the training views");
  });

  test("on 打印预览, 批注 and 对比", async ({ page }) => {
    const reports = gridReports(page);
    await page.getByTestId("open-preview").click();
    await expect(
      page.frameLocator('iframe[title="打印预览"]').getByText("收入支出决算总表").first(),
    ).toBeVisible();
    await expectNothingReported(page, reports, "打印预览");
    await page.getByRole("button", { name: "关闭" }).click();
    const review = new ReviewPage(page);
    await review.openComments();
    await expectNothingReported(page, reports, "批注");
    await review.tab("compare").click();
    await expect(page.getByTestId("compare-view")).toBeVisible();
    await expectNothingReported(page, reports, "对比");
  });
});
