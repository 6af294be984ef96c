import { test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import type { TableId } from "./pages/editor.page";
import { expect, TrainingPage } from "./pages/training.page";

/**
 * 培训 (issue 6): formula bar, cross-table trace with a way back, the structure map against the rule
 * catalog, cell roles, the glossary and the guided tour (to the last step, left and resumed).
 */

/** relationCount(buildStructureMap(template2023)).total: 12 cross-table derivations + 19 表间 rules. */
const RELATIONS = 31;

test.describe("培训", () => {
  test.describe.configure({ timeout: 120_000 });

  let ui: TrainingPage;

  test.beforeEach(async ({ page }) => {
    ui = new TrainingPage(page);
    await ui.open();
  });

  test("the formula bar describes an entered, a derived and a stated cell", async () => {
    await ui.showTable("03");
    await ui.focusCell("03", "2010301", "基本支出");
    await expect(ui.fbKind("03")).toHaveText("填报");
    await expect(ui.fbAddress("03")).toContainText("2010301");

    await ui.focusCell("03", "201", "上缴上级支出");
    await expect(ui.fbKind("03")).toHaveText("计算");
    await expect(ui.fbFormula("03")).toContainText("=");

    await ui.focusCell("03", "201", "本年支出合计");
    await expect(ui.fbKind("03")).toHaveText("填报的合计");
    await expect(ui.fbFormula("03")).toContainText("计算值");
  });

  test("trace: 01 本年支出合计 reaches 03's 类 rows; a step jumps there, 返回 and Alt+← come back", async () => {
    await ui.traceFrom("01", "本年支出合计", "决算数");
    await expect(ui.tracePanel().getByTestId("trace-sources")).toContainText("201");
    await ui.expectHighlighted("01", "201", "决算数");
    await ui.screenshot("trace-01");

    // Further sources, in 03: the 类 rows the 01 class rows are taken from.
    const in03 = ui.traceFurther("sources", "03");
    await expect(in03).toContainText("公开03表");
    await expect(in03).toHaveAttribute("open", "");
    await ui.traceStep("03|201|本年支出合计").click();
    await expect(ui.tableView("03")).toBeVisible();
    await ui.expectTraced("03|201|本年支出合计");
    await ui.expectFocused("03", "201", "本年支出合计");
    await expect(ui.fbAddress("03")).toContainText("201");
    await expect(ui.page.getByTestId("trace-path")).toContainText("01表");
    // 03|201's total is the sum of its columns, each the sum of the 款 rows, each of the 项 rows.
    await ui.expectHighlighted("03", "201", "基本支出");
    await ui.expectHighlighted("03", "20103", "基本支出");
    await ui.expectHighlighted("03", "2010301", "基本支出");
    await ui.screenshot("trace-03");

    // One step further (a direct source), then back twice: by button, then by Alt+←.
    await ui.traceStep("03|201|基本支出").click();
    await ui.expectTraced("03|201|基本支出");
    await ui.expectFocused("03", "201", "基本支出");
    await ui.traceBack().click();
    await ui.expectTraced("03|201|本年支出合计");
    await ui.page.keyboard.press("Alt+ArrowLeft");
    await ui.expectTraced("01|本年支出合计|决算数");
    await expect(ui.tableView("01")).toBeVisible();
    await ui.expectFocused("01", "本年支出合计", "决算数");
    await expect(ui.traceBack()).toBeDisabled();
  });

  test("trace: a 06 item goes up to 人员经费合计, checked against 05 基本支出", async () => {
    await ui.showTable("06");
    await ui.traceFrom("06", "30101", "决算数");
    await expect(ui.tracePanel().getByTestId("trace-targets")).toContainText("301");
    const checks = ui.tracePanel().getByTestId("trace-checks");
    // Straight from the item: a change reaches X-12, which compares 人员经费合计 + 公用经费合计 with 05.
    const reached = ui.tracePanel().getByTestId("trace-reach");
    await expect(reached).toContainText("X-12");
    await expect(reached).toContainText("05表");
    await ui.screenshot("trace-06");
    // Following the 去向 to the 类 then to 人员经费合计: its checks compare it with table 05.
    await ui.traceStep("06|301|决算数").click();
    await ui.expectTraced("06|301|决算数");
    await ui.traceStep("06|人员经费合计|决算数").click();
    await ui.expectTraced("06|人员经费合计|决算数");
    await expect(checks).toContainText("05表");
  });

  test("structure map: the relation count is the catalog's; a pair lists its relations; a join opens its cells", async () => {
    await ui.openStructureMap();
    await expect(ui.structureMap()).toHaveAttribute("data-relations", String(RELATIONS));
    await expect(ui.page.getByTestId("structure-count")).toContainText(`${RELATIONS}`);
    await ui.screenshot("structure-map");

    await ui.pair("01-03").click();
    const detail = ui.page.getByTestId("pair-detail");
    await expect(detail.locator(".relation")).toHaveCount(
      Number(await ui.pair("01-03").getAttribute("data-count")),
    );
    const relation = detail.locator(".relation").first();
    await relation.getByRole("button", { name: "查看涉及的单元格" }).click();
    await ui.screenshot("structure-map-detail");
    await relation.locator(".join-button").first().click();
    await expect(ui.structureMap()).toHaveCount(0);
    await expect(ui.tableView("01")).toBeVisible();
  });

  test("glossary page and cell roles in 培训模式", async () => {
    await ui.viewButton("glossary").click();
    await expect(ui.glossaryPage()).toBeVisible();
    await expect(ui.page.getByTestId("glossary-list")).toHaveAttribute("data-terms", "18");
    await ui.screenshot("glossary");
    // Each term lists where the tables print it; 事业收入 is a row of 01 and a column of 02.
    const term = ui.glossaryPage().locator(".glossary-entry").filter({ hasText: "二、事业收入" });
    await expect(term.locator(".glossary-uses")).toContainText("01表行“五、事业收入”");
    await term.getByRole("button", { name: "02表列“事业收入”" }).click();
    await expect(ui.glossaryPage()).toHaveCount(0);
    await expect(ui.tableView("02")).toBeVisible();
    await expect(ui.formulaBar("02")).toHaveAttribute("data-cell", /^02\|.*\|事业收入$/);
    await ui.viewButton("glossary").click();

    // 名词解释 on a table title, a column header and a row name.
    await ui.nav("09").click();
    await expect(ui.title("09")).toHaveAttribute("title", /“三公”经费：/);
    await ui.showTable("02");
    await ui.grid("02").locator(".ag-header-cell", { hasText: "财政拨款收入" }).first().hover();
    // A tooltip fading out may still be in the DOM beside the new one: look for the one with the term.
    await expect(ui.tooltip("财政拨款收入：单位从同级政府财政部门取得")).toBeVisible({ timeout: 10_000 });
    await ui.page.mouse.move(0, 0);
    await ui.showTable("01");
    await ui.grid("01").locator(".ag-cell.cell-label", { hasText: "事业收入" }).first().hover();
    await expect(ui.tooltip("事业收入：事业单位开展专业业务活动")).toBeVisible({ timeout: 10_000 });
    await ui.screenshot("glossary-tooltip");

    await ui.setTrainingMode(true);
    await ui.nav("03").click();
    await ui.viewButton("roles").click();
    await expect(ui.rolesView()).toHaveAttribute("data-table", "03");
    // A blank 03 has only its 合计 row: computed, and checked against 01 and 04.
    await expect(ui.rolesView().locator('td[data-role="计算"]').first()).toBeVisible();
    await expect(ui.rolesView().locator("tbody tr")).toHaveCount(1);
    await ui.nav("01").click();
    await expect(ui.rolesView()).toHaveAttribute("data-table", "01");
    await expect(ui.rolesView().locator('td[data-role="校验"]').first()).toBeVisible();
    await expect(ui.rolesView().locator('td[data-role="填报"]').first()).toBeVisible();
    await ui.screenshot("roles-01");
  });

  test("tour: walk to the last step by keyboard, leave with Esc, resume at the same step (also after reload)", async ({
    page,
  }) => {
    await ui.setTrainingMode(true);
    await ui.tourLauncher().click();
    await ui.expectTourStep(1);
    await ui.screenshot("tour-1");
    // The card names the step's table and selected cell (SAMPLE_TOUR): each step must show them.
    const steps = Number(await ui.tourCard().getAttribute("data-steps"));
    expect(steps).toBeGreaterThan(3);
    const titles: string[] = [];
    for (let i = 1; i <= steps; i++) {
      await ui.expectTourStep(i);
      const table = (await ui.tourCard().getAttribute("data-table")) as TableId;
      const select = (await ui.tourCard().getAttribute("data-select")) ?? "";
      const [, row = "", col = ""] = select.split("|");
      await expect(ui.tableView(table)).toBeVisible();
      await expect(ui.formulaBar(table)).toHaveAttribute("data-cell", select);
      await ui.reveal(table, row, col);
      await expect(ui.gridCell(table, row, col)).toHaveClass(/cell-highlight/);
      titles.push((await ui.tourTitle().textContent()) ?? "");
      if (i < steps) await page.keyboard.press("ArrowRight");
    }
    expect(new Set(titles).size).toBe(steps);
    await ui.screenshot("tour-last");
    await expect(ui.page.getByTestId("tour-next")).toHaveCount(0);
    // Back one and forward again with the buttons.
    await page.getByTestId("tour-prev").click();
    await ui.expectTourStep(steps - 1);
    await page.getByTestId("tour-next").click();
    await ui.expectTourStep(steps);

    await page.keyboard.press("Escape");
    await expect(ui.tourCard()).toHaveCount(0);
    await expect(ui.tourLauncher()).toHaveText(`继续导览（第 ${steps} 步）`);
    await ui.tourLauncher().click();
    await ui.expectTourStep(steps);
    await page.keyboard.press("Escape");

    await page.reload();
    await expect(ui.grid("01").locator(".ag-row").first()).toBeVisible({ timeout: 30_000 });
    await ui.setTrainingMode(true);
    await ui.tourLauncher().click();
    await ui.expectTourStep(steps);
    await expect(ui.tourTitle()).toHaveText(titles.at(-1) ?? "");
  });

  test("tour: → again as a step's table first shows its rows: the next step's table stays shown", async ({
    page,
  }) => {
    // Step 6 opens 06 for the first time; its cell is focused again once 06 shows rows. Pressed on in that
    // frame, step 7 (09) was pulled back to 06 by that late focus (seen in a full CI-mode run).
    await ui.setTrainingMode(true);
    await ui.tourLauncher().click();
    for (let step = 1; step < 5; step++) {
      await ui.expectTourStep(step);
      await page.keyboard.press("ArrowRight");
    }
    await ui.expectTourStep(5);
    await expect(ui.tourCard()).toHaveAttribute("data-table", "01");
    await ui.twoTourStepsAsTheGridShows("06");
    await ui.expectTourStep(7);
    await expect(ui.tourCard()).toHaveAttribute("data-table", "09");
    await expect(ui.tableView("09")).toBeVisible();
    // Long enough for any late focus of step 6 to land.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    await expect(ui.tableView("09")).toBeVisible();
    await expect(ui.formulaBar("09")).toHaveAttribute("data-cell", /^09\|/);
  });

  test("重置示例 asks first, then opens a fresh copy of the sample", async () => {
    await ui.showTable("03");
    await ui.typeInto("03", "2010301", "基本支出", "99");
    await ui.expectText("03", "2010301", "基本支出", "99.00");
    await ui.setTrainingMode(true);
    // The tour quotes 17.11 for that cell: the card says the document no longer matches.
    await ui.tourLauncher().click();
    await expect(ui.page.getByTestId("tour-mismatch")).toBeVisible();
    await ui.page.keyboard.press("Escape");
    await ui.page.getByTestId("reset-sample").click();
    await expect(ui.page.getByTestId("reset-confirm")).toBeVisible();
    await ui.screenshot("reset-confirm");
    await ui.page.getByRole("button", { name: "取消" }).click();
    await expect(ui.page.getByTestId("reset-confirm")).toHaveCount(0);
    await ui.expectText("03", "2010301", "基本支出", "99.00");

    await ui.page.getByTestId("reset-sample").click();
    await ui.page.getByTestId("reset-confirm-yes").click();
    await ui.showTable("03");
    await ui.expectText("03", "2010301", "基本支出", "17.11");
    await ui.tourLauncher().click();
    await ui.expectTourStep(1);
    await expect(ui.page.getByTestId("tour-mismatch")).toHaveCount(0);
    await ui.page.keyboard.press("Escape");
    // The edited document stays under 文档, under a name of its own beside the fresh copy.
    const docs = new DocumentsPage(ui.page);
    await docs.openList();
    await expect(docs.rows()).toHaveCount(2);
    const names = await docs.names();
    expect(new Set(names).size, names.join(" / ")).toBe(2);
  });
});
