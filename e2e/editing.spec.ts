import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

/*
 * In the seed every 款/类/合计 cell of 03 (and 01's class rows and totals) carries a stated value: the
 * figure as published (data-kind="stated", the formula's value in its title). A stated value is a fact
 * about the publication, not an input: an edit of a leaf drops the stated values of the cells it reaches,
 * in the same undoable step ("已改用计算值：N 个合计，可撤销"), so they show their new sums at once
 * (data-kind="derived"); undo brings the published figures back exactly. Stated values that the edit does
 * not reach (other rows, other tables) stay.
 */

const LEAF = { table: "03", row: "2010301", col: "基本支出" } as const;

/** [table, row, col, shown (stated as published), derived before, derived after 2010301 基本支出 = 100]. */
const ABOVE_THE_LEAF = [
  ["03", "2010301", "本年支出合计", "17.11", "17.11", "100.00"],
  ["03", "20103", "基本支出", "84.58", "84.58", "167.47"],
  ["03", "20103", "本年支出合计", "84.58", "84.58", "167.47"],
  ["03", "201", "基本支出", "84.58", "84.58", "167.47"],
  ["03", "201", "本年支出合计", "84.58", "84.58", "167.47"],
  ["03", "合计", "基本支出", "104.37", "104.38", "187.27"],
  ["03", "合计", "本年支出合计", "507.92", "507.93", "590.82"],
  ["01", "201", "决算数", "84.58", "84.58", "167.47"],
  ["01", "本年支出合计", "决算数", "507.92", "507.93", "590.82"],
  ["01", "支出总计", "决算数", "507.92", "507.93", "590.82"],
] as const;

/**
 * Checks the cells above the leaf, visiting 01 (a hidden grid renders no rows) and coming back to 03:
 * before the edit (and after its undo) the published figures, stated; after it their computed values.
 */
async function expectAbove(editor: EditorPage, state: "before" | "after") {
  for (const visit of ["01", "03"] as const) {
    await editor.showTable(visit);
    for (const [table, row, col, shown, before, after] of ABOVE_THE_LEAF) {
      if (table !== visit) continue;
      if (state === "after") {
        await editor.expectText(table, row, col, after);
        await expect(editor.cell(table, row, col)).toHaveAttribute("data-kind", "derived");
        continue;
      }
      await editor.expectText(table, row, col, shown);
      await expect(editor.cell(table, row, col)).toHaveAttribute("data-kind", "stated");
      await editor.expectDerivedOfStated(table, row, col, before);
    }
  }
  // Not reached by the edit: 03's 208 row and 09 keep their stated figures.
  await expect(editor.cell("03", "208", "基本支出")).toHaveAttribute("data-kind", "stated");
}

test.describe("editing amounts", () => {
  // Generous bound for a loaded 2-core machine; tests still wait on conditions only.
  test.describe.configure({ timeout: 90_000 });

  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
  });

  test("a leaf of 03 moves 03's 款/类/合计 and 01 in one step, stated totals included; Ctrl+Z restores them exactly, Ctrl+Y re-applies", async () => {
    await expect(editor.cell(LEAF.table, LEAF.row, LEAF.col)).toHaveAttribute("data-kind", "entered");
    await expectAbove(editor, "before");

    await editor.typeInto(LEAF.table, LEAF.row, LEAF.col, "100");
    await expect(editor.message()).toHaveText("已改用计算值：10 个合计，可撤销");
    await editor.expectText(LEAF.table, LEAF.row, LEAF.col, "100.00");
    await expectAbove(editor, "after");
    // One edit, one history entry.
    await expect(editor.undoButton()).toBeEnabled();
    await expect(editor.undoButton()).toHaveAttribute("title", "撤销：编辑 03表·行政运行·基本支出（Ctrl+Z）");

    // Enter moved focus down a row, and switching tables restores it: Ctrl+Z goes to the grid's handler.
    await editor.expectFocused("03", "2010350", "基本支出");
    await editor.undoByKeyboard();
    await editor.expectText(LEAF.table, LEAF.row, LEAF.col, "17.11");
    await expectAbove(editor, "before");
    await expect(editor.message()).toHaveText("已撤销：编辑 03表·行政运行·基本支出");
    await expect(editor.undoButton()).toBeDisabled();

    await editor.redoByKeyboard();
    await editor.expectText(LEAF.table, LEAF.row, LEAF.col, "100.00");
    await expectAbove(editor, "after");
    await expect(editor.message()).toHaveText("已重做：编辑 03表·行政运行·基本支出");
    await expect(editor.redoButton()).toBeDisabled();
  });

  test("derived cells without a stated value show the new sums at once (上缴上级支出 column)", async () => {
    for (const row of ["2010301", "20103", "201", "合计"])
      await editor.expectText("03", row, "上缴上级支出", "");
    await expect(editor.cell("03", "20103", "上缴上级支出")).toHaveAttribute("data-kind", "derived");

    await editor.typeInto("03", "2010301", "上缴上级支出", "12.5");
    await editor.typeInto("03", "2010350", "上缴上级支出", "0.25");
    await editor.expectText("03", "2010301", "上缴上级支出", "12.50");
    for (const row of ["20103", "201", "合计"]) {
      await editor.expectText("03", row, "上缴上级支出", "12.75");
      await expect(editor.cell("03", row, "上缴上级支出")).toHaveAttribute("data-kind", "derived");
    }
    await editor.expectText("03", "2010301", "本年支出合计", "29.61");
    await expect(editor.cell("03", "2010301", "本年支出合计")).toHaveAttribute("data-kind", "derived");

    await editor.undoByKeyboard();
    for (const row of ["20103", "201", "合计"]) await editor.expectText("03", row, "上缴上级支出", "12.50");
    await editor.undoByKeyboard();
    for (const row of ["2010301", "20103", "201", "合计"])
      await editor.expectText("03", row, "上缴上级支出", "");
  });

  test("undo and redo buttons", async () => {
    await editor.typeInto("03", "2010350", "基本支出", "60");
    await editor.expectText("03", "2010350", "基本支出", "60.00");
    await editor.expectText("03", "20103", "基本支出", "77.11");

    await editor.undoByButton();
    await editor.expectText("03", "2010350", "基本支出", "67.47");
    await editor.expectText("03", "20103", "基本支出", "84.58");
    await editor.expectDerivedOfStated("03", "20103", "基本支出", "84.58");
    await expect(editor.undoButton()).toBeDisabled();
    await expect(editor.redoButton()).toHaveAttribute("title", "重做：编辑 03表·事业运行·基本支出（Ctrl+Y）");

    await editor.redoByButton();
    await editor.expectText("03", "2010350", "基本支出", "60.00");
    await editor.expectText("03", "20103", "基本支出", "77.11");
    await expect(editor.redoButton()).toBeDisabled();

    // Keyboard outside the grid (focus on the button): the global shortcut undoes too.
    await editor.undoByKeyboard();
    await editor.expectText("03", "2010350", "基本支出", "67.47");
  });

  test("Delete clears an entered cell to blank (not 0.00), undoably", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.press("Delete");
    await editor.expectText("03", "2010301", "基本支出", "");
    await expect(editor.cell("03", "2010301", "基本支出")).toHaveAttribute("data-kind", "entered");
    await expect(editor.message()).toHaveText("已改用计算值：10 个合计，可撤销");
    await editor.expectText("03", "20103", "基本支出", "67.47");
    await editor.expectText("03", "2010301", "本年支出合计", "");

    await editor.undoByKeyboard();
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "2010301", "本年支出合计", "17.11");
    await editor.expectDerivedOfStated("03", "20103", "基本支出", "84.58");
  });

  test("Delete on a derived cell changes nothing", async () => {
    await editor.focusCell("03", "20103", "基本支出");
    await editor.press("Delete");
    await editor.press("ArrowDown");
    await editor.expectFocused("03", "2010301", "基本支出");
    await editor.expectText("03", "20103", "基本支出", "84.58");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("typing “abc” is refused with a Chinese message; the cell keeps its value", async () => {
    await editor.typeInto("03", "2010301", "基本支出", "abc");
    await expect(editor.message()).toHaveText("“abc”不是金额，请输入数字，例如 1234.56。单元格保留原值。");
    await expect(editor.message()).toHaveClass(/\berror\b/);
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await expect(editor.undoButton()).toBeDisabled();
  });

  for (const [typed, shown] of [
    ["1,234.56", "1,234.56"],
    ["12345678.9", "12,345,678.90"],
    ["¥12", "12.00"],
    ["１２３", "123.00"],
    ["-5", "-5.00"],
    ["0", "0.00"],
  ] as const) {
    test(`“${typed}” is accepted as ${shown}`, async () => {
      await editor.typeInto("03", "2010301", "基本支出", typed);
      await editor.expectText("03", "2010301", "基本支出", shown);
      await expect(editor.undoButton()).toBeEnabled();
    });
  }

  test("a 45-digit amount is refused with a message, never rounded; the cell keeps its value", async () => {
    const long = "1".repeat(45);
    await editor.typeInto("03", "2010301", "基本支出", long);
    await expect(editor.message()).toHaveText(
      `“${long.slice(0, 30)}”金额过长：整数最多 20 位（否则合计不精确）。单元格保留原值。`,
    );
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("more than two decimals are rounded half up, and the message says so", async () => {
    await editor.typeInto("03", "2010301", "基本支出", "1.005");
    await editor.expectText("03", "2010301", "基本支出", "1.01");
    await expect(editor.message()).toHaveText("已按四舍五入保留两位小数；已改用计算值：10 个合计，可撤销");
  });

  test("derived cells are not editable: typing on 合计 or a 款 row changes nothing and says why", async () => {
    const targets = [
      // [row, col, shown, the cell Enter moves to]
      ["合计", "本年支出合计", "507.92", "201"],
      ["20103", "基本支出", "84.58", "2010301"],
      ["201", "项目支出", "", "20103"],
    ] as const;
    for (const [row, col, shown, below] of targets) {
      await editor.focusCell("03", row, col);
      await editor.press("5");
      // Why it takes no figure and how to change it, not a silent no.
      await expect(editor.message()).toHaveText(
        "这是计算单元格，由公式得出，不能直接填写：请修改它汇总的白色单元格（见公式栏）",
      );
      // Had an editor opened, Enter would commit "5"; on a read-only cell it just moves down.
      await editor.press("Enter");
      await editor.expectFocused("03", below, col);
      await expect(editor.editor("03")).toHaveCount(0);
      await editor.expectText("03", row, col, shown);
    }
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("Tab moves between entered cells only, arrow keys to every cell", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.press("Tab");
    await editor.expectFocused("03", "2010301", "项目支出");
    await editor.press("ArrowDown");
    await editor.expectFocused("03", "2010350", "项目支出");
    await editor.press("ArrowLeft");
    await editor.expectFocused("03", "2010350", "基本支出");
    // The grey 本年支出合计 is skipped: back to the last entered cell of the row above.
    await editor.press("Shift+Tab");
    await editor.expectFocused("03", "2010301", "对附属单位补助支出");
    await editor.focusCell("03", "2010350", "基本支出");
    await editor.press("ArrowLeft");
    await editor.expectFocused("03", "2010350", "本年支出合计");
    await editor.press("ArrowUp");
    await editor.expectFocused("03", "2010301", "本年支出合计");
    await editor.press("ArrowRight");
    await editor.expectFocused("03", "2010301", "基本支出");
  });

  test("switching to another table and back keeps the focused cell", async () => {
    await editor.focusCell("03", "2010350", "项目支出");
    await editor.showTable("01");
    await editor.focusCell("01", "201", "决算数");
    await editor.showTable("03");
    await editor.expectFocused("03", "2010350", "项目支出");
    await expect(
      editor.grid("03").locator(".ag-cell-focus [data-testid]").first(),
      "AG Grid's own focus class",
    ).toHaveAttribute("data-testid", "cell-03-2010350-项目支出");
    // Typing goes to the restored cell.
    await editor.typeInto("03", "2010350", "项目支出", "1");
    await editor.expectText("03", "2010350", "项目支出", "1.00");
    await editor.showTable("01");
    await editor.expectFocused("01", "201", "决算数");
  });
});
