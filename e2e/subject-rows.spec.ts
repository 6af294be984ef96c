import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";
import { TrainingPage } from "./pages/training.page";

test.describe("科目 rows in 03", () => {
  // Generous bound for a loaded 2-core machine; tests still wait on conditions only.
  test.describe.configure({ timeout: 90_000 });

  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
  });

  test("adding 2080506 puts it in code order with the catalog name; an amount in it adds up", async () => {
    await editor.codeInput("03").fill("2080506");
    // The name field offers the catalog's name before the row is added.
    await expect(editor.nameInput("03")).toHaveAttribute("placeholder", "机关事业单位职业年金缴费支出");
    await editor.addRowButton("03").click();

    await expect(editor.message()).toHaveText("已添加科目 2080506");
    await expect(editor.codeInput("03")).toHaveValue("");
    await expect(editor.subjectName("03", "2080506")).toHaveText("机关事业单位职业年金缴费支出");
    const index = await editor.rowIndex("03", "2080506");
    expect(await editor.rowIndex("03", "2080505"), "2080505 right above").toBe(index - 1);
    expect(await editor.rowIndex("03", "210"), "210 right below").toBe(index + 1);
    await editor.expectText("03", "2080506", "基本支出", "");
    await expect(editor.cell("03", "2080506", "基本支出")).toHaveAttribute("data-kind", "entered");
    await expect(editor.cell("03", "2080506", "本年支出合计")).toHaveAttribute("data-kind", "derived");

    // 上缴上级支出 is empty in the seed: its sums show at once. 基本支出 sums are stated figures: the
    // edit reaches them, so they give way to their computed values.
    await editor.typeInto("03", "2080506", "上缴上级支出", "2");
    await editor.typeInto("03", "2080506", "基本支出", "3");
    await editor.expectText("03", "2080506", "本年支出合计", "5.00");
    for (const row of ["20805", "208", "合计"]) await editor.expectText("03", row, "上缴上级支出", "2.00");
    await editor.expectText("03", "20805", "基本支出", "10.08");
    await editor.expectText("03", "208", "基本支出", "10.08");
    await editor.expectText("03", "合计", "基本支出", "107.38");
    await editor.expectText("03", "合计", "本年支出合计", "512.93");
    await expect(editor.cell("03", "合计", "本年支出合计")).toHaveAttribute("data-kind", "derived");
  });

  test("adding 2120101 creates its missing 类 and 款 from the catalog, and 01's 212 row follows", async () => {
    await editor.addSubjectRow("03", "2120101");
    await expect(editor.message()).toHaveText("已添加科目 212、21201、2120101");
    await expect(editor.subjectName("03", "212")).toHaveText("城乡社区支出");
    await expect(editor.subjectName("03", "21201")).toHaveText("城乡社区管理事务");
    await expect(editor.subjectName("03", "2120101")).toHaveText("行政运行");
    const index = await editor.rowIndex("03", "212");
    expect(await editor.rowIndex("03", "2101103")).toBe(index - 1);
    expect(await editor.rowIndex("03", "21201")).toBe(index + 1);
    expect(await editor.rowIndex("03", "2120101")).toBe(index + 2);
    expect(await editor.rowIndex("03", "215")).toBe(index + 3);

    await editor.typeInto("03", "2120101", "基本支出", "9");
    for (const row of ["2120101", "21201", "212"]) {
      await editor.expectText("03", row, "本年支出合计", "9.00");
      await expect(editor.cell("03", row, "本年支出合计")).toHaveAttribute("data-kind", "derived");
    }
    await editor.expectText("03", "21201", "基本支出", "9.00");
    await editor.expectText("03", "212", "基本支出", "9.00");

    // Cross-table: 01's class row 212 mirrors 03's 212 本年支出合计 (no stated figure there).
    await editor.showTable("01");
    await editor.expectText("01", "212", "决算数", "9.00");
    await expect(editor.cell("01", "212", "决算数")).toHaveAttribute("data-kind", "derived");
    await editor.expectText("01", "本年支出合计", "决算数", "516.93");

    // Undo the amount, then the three rows in one step (focus is back on 03's grid).
    await editor.showTable("03");
    await editor.undoByKeyboard();
    await editor.expectText("03", "212", "本年支出合计", "");
    await editor.undoByKeyboard();
    await expect(editor.message()).toHaveText("已撤销：添加科目 212、21201、2120101");
    for (const row of ["212", "21201", "2120101"]) await expect(editor.subjectRow("03", row)).toHaveCount(0);
    await expect(editor.undoButton()).toBeDisabled();
    await editor.showTable("01");
    await editor.expectText("01", "212", "决算数", "");
  });

  test("a code the catalog lacks asks for a name, as does a missing parent", async () => {
    await editor.addSubjectRow("03", "2130101");
    await expect(editor.message()).toHaveText(
      "科目目录中没有 2130101，请填写科目名称，或在“文档 → 科目目录…”载入财政部《政府收支分类科目》（CSV 或 XLSX）",
    );
    await expect(editor.message()).toHaveClass(/\berror\b/);
    await expect(editor.subjectRow("03", "2130101")).toHaveCount(0);
    await expect(editor.codeInput("03")).toHaveValue("2130101");
    await expect(editor.nameInput("03")).toHaveAttribute("placeholder", "目录中没有时请填写");

    // Named, but its 款 21301 is not in the catalog either.
    await editor.addSubjectRow("03", "2130101", "行政运行");
    await expect(editor.message()).toHaveText(
      "上级科目 21301 不在科目目录中，请先添加 21301 并填写名称，或在“文档 → 科目目录…”载入财政部《政府收支分类科目》（CSV 或 XLSX）",
    );
    await expect(editor.subjectRow("03", "2130101")).toHaveCount(0);

    // The 款 with a name: its 类 213 comes from the catalog.
    await editor.addSubjectRow("03", "21301", "农业农村");
    await expect(editor.message()).toHaveText("已添加科目 213、21301");
    await expect(editor.subjectName("03", "213")).toHaveText("农林水支出");
    await expect(editor.subjectName("03", "21301")).toHaveText("农业农村");

    await editor.addSubjectRow("03", "2130101", "行政运行");
    await expect(editor.message()).toHaveText("已添加科目 2130101");
    await expect(editor.subjectName("03", "2130101")).toHaveText("行政运行");
    expect(await editor.rowIndex("03", "2130101")).toBe((await editor.rowIndex("03", "21301")) + 1);
  });

  test("removing a row (and its children) is undone by Ctrl+Z", async () => {
    await editor.removeSubjectRow("03", "2010350", "基本支出");
    await expect(editor.message()).toHaveText("已删除科目 2010350（可撤销）");
    await expect(editor.subjectRow("03", "2010350")).toHaveCount(0);
    await editor.expectDerivedOfStated("03", "20103", "基本支出", "17.11");

    // Focus is on the button, outside the grid: the global shortcut undoes.
    await editor.undoByKeyboard();
    await expect(editor.message()).toHaveText("已撤销：删除科目 2010350");
    await expect(editor.subjectName("03", "2010350")).toHaveText("事业运行");
    await editor.expectText("03", "2010350", "基本支出", "67.47");
    await editor.expectText("03", "2010350", "本年支出合计", "67.47");
    await editor.expectDerivedOfStated("03", "20103", "基本支出", "84.58");

    // A 款 goes with its 项 rows, and comes back with them.
    await editor.removeSubjectRow("03", "20103", "本年支出合计");
    await expect(editor.message()).toHaveText("已删除科目 20103 及其下级 2 行（可撤销）");
    for (const row of ["20103", "2010301", "2010350"])
      await expect(editor.subjectRow("03", row)).toHaveCount(0);
    await editor.undoByKeyboard();
    for (const row of ["20103", "2010301", "2010350"])
      await expect(editor.subjectRow("03", row)).toHaveCount(1);
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "20103", "本年支出合计", "84.58");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("once the selected row is removed, the remove button no longer offers it", async () => {
    await editor.removeSubjectRow("03", "2010350", "基本支出");
    await expect(editor.subjectRow("03", "2010350")).toHaveCount(0);
    // App bug (see report): SubjectRowTools keeps “删除科目 2010350” enabled for a row that is gone.
    await expect(editor.removeRowButton("03")).toBeDisabled();
    await expect(editor.removeRowButton("03")).toHaveText("删除所选科目行");
  });

  test("删除科目 follows the focus onto a row's code and name cells (frozen at the left)", async ({
    page,
  }) => {
    const ui = new TrainingPage(page);
    await editor.focusCell("03", "2010301", "基本支出");
    await expect(editor.removeRowButton("03")).toHaveText("删除科目 2010301");
    await editor.subjectName("03", "2101101").click();
    await expect(editor.removeRowButton("03")).toHaveText("删除科目 2101101");
    // A name holds no amount: the formula bar no longer describes the cell left behind.
    await expect(ui.fbAddress("03")).toHaveCount(0);
    await editor.press("ArrowUp");
    await expect(editor.removeRowButton("03")).toHaveText("删除科目 21011");
    await editor.press("ArrowDown");
    await editor.removeRowButton("03").click();
    await expect(editor.subjectRow("03", "2101101")).toHaveCount(0);
    await expect(editor.subjectRow("03", "2010301")).toHaveCount(1);
  });

  test("the 合计 row cannot be removed", async () => {
    await editor.focusCell("03", "合计", "本年支出合计");
    await expect(editor.removeRowButton("03")).toBeDisabled();
    await expect(editor.removeRowButton("03")).toHaveText("删除所选科目行");
  });

  test("an invalid code “12” is refused with a Chinese message; an existing code too", async () => {
    await editor.addSubjectRow("03", "12");
    await expect(editor.message()).toHaveText("“12”不是有效的科目编码：类 3 位、款 5 位、项 7 位数字");
    await expect(editor.message()).toHaveClass(/\berror\b/);
    await expect(editor.subjectRow("03", "12")).toHaveCount(0);
    await expect(editor.undoButton()).toBeDisabled();

    await editor.addSubjectRow("03", "2010301");
    await expect(editor.message()).toHaveText("科目 2010301 已在本表中");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("fixed tables (01, 04, 06, 09) have no 科目 row tools", async () => {
    for (const table of ["01", "04", "06", "09"] as const) {
      await editor.showTable(table);
      await expect(editor.codeInput(table)).toHaveCount(0);
    }
  });
});
