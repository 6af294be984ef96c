import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

/** Rows and cells as Excel/WPS put them on the clipboard: tab-separated, CRLF line ends, trailing CRLF. */
const excel = (rows: readonly (readonly string[])[]) => `${rows.map((r) => r.join("\t")).join("\r\n")}\r\n`;

test.describe("range selection, copy out, Delete and paste over a range (03)", () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
  });

  test("Shift+arrows select a rectangle; Ctrl+C copies it with codes and names, amounts as plain numbers", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.press("Shift+ArrowDown");
    for (let i = 0; i < 3; i++) await editor.press("Shift+ArrowLeft");
    // Two rows × four columns (编码, 名称, 本年支出合计, 基本支出), drawn in the grid.
    await expect(editor.rangeCells("03")).toHaveCount(8);
    await expect(editor.gridCell("03", "2010350", "基本支出")).toHaveClass(/cell-in-range/);
    await expect(editor.gridCell("03", "2010301", "项目支出")).not.toHaveClass(/cell-in-range/);

    expect(await editor.copyByKeyboard()).toBe(
      "2010301\t行政运行\t17.11\t17.11\r\n2010350\t事业运行\t67.47\t67.47\r\n",
    );
    await expect(editor.message()).toHaveText("已复制 8 个单元格，可粘贴到 Excel/WPS");

    // A right click inside the range keeps it (the browser's menu copies it all).
    await editor
      .gridCell("03", "2010301", "本年支出合计")
      .click({ button: "right", position: { x: 8, y: 4 } });
    await expect(editor.rangeCells("03")).toHaveCount(8);
    expect(await editor.copyByKeyboard()).toBe(
      "2010301\t行政运行\t17.11\t17.11\r\n2010350\t事业运行\t67.47\t67.47\r\n",
    );

    // A click inside the range, even on its focus end, starts again from that cell.
    for (let i = 0; i < 3; i++) await editor.press("Shift+ArrowRight");
    await expect(editor.rangeCells("03")).toHaveCount(2);
    await editor.gridCell("03", "2010350", "基本支出").click({ position: { x: 8, y: 4 } });
    await expect(editor.rangeCells("03")).toHaveCount(0);
    for (let i = 0; i < 3; i++) await editor.press("Shift+ArrowLeft");
    await expect(editor.rangeCells("03")).toHaveCount(4);

    // A plain arrow starts again from one cell.
    await editor.press("ArrowDown");
    await expect(editor.rangeCells("03")).toHaveCount(0);
    expect(await editor.copyByKeyboard()).toBe("208\r\n");
  });

  test("Shift+click selects a rectangle; Delete clears its entered cells in one undoable step", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.shiftClick("03", "2010350", "项目支出");
    await expect(editor.rangeCells("03")).toHaveCount(4);

    await editor.press("Delete");
    // The stated totals above the cleared cells give way to their (blank) sums in the same step.
    await expect(editor.message()).toHaveText("已清除 2 个单元格（可撤销）；已改用计算值：11 个合计，可撤销");
    await editor.expectText("03", "2010301", "基本支出", "");
    await editor.expectText("03", "2010350", "基本支出", "");
    await editor.expectText("03", "20103", "基本支出", "");
    await expect(editor.undoButton()).toHaveAttribute("title", "撤销：清除 2 个单元格（Ctrl+Z）");

    await editor.undoByKeyboard();
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "2010350", "基本支出", "67.47");
    await editor.expectDerivedOfStated("03", "20103", "基本支出", "84.58");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("a single copied value fills the selected range; one Ctrl+Z takes it back", async () => {
    await editor.focusCell("03", "2010301", "项目支出");
    await editor.press("Shift+ArrowDown");
    await editor.press("Shift+ArrowRight");
    await expect(editor.rangeCells("03")).toHaveCount(4);
    await editor.paste("5\r\n");
    await expect(editor.message()).toHaveText(/^已粘贴 4 个单元格；已改用计算值：\d+ 个合计，可撤销$/);
    for (const row of ["2010301", "2010350"])
      for (const col of ["项目支出", "上缴上级支出"]) await editor.expectText("03", row, col, "5.00");
    await editor.expectText("03", "20103", "上缴上级支出", "10.00");

    await editor.undoByKeyboard();
    for (const row of ["2010301", "2010350"])
      for (const col of ["项目支出", "上缴上级支出"]) await editor.expectText("03", row, col, "");
  });

  test("a value filling a range that takes in 名称 fills only its entered cells and says what it skipped", async () => {
    await editor.focusCell("03", "2010301", "项目支出");
    for (let i = 0; i < 3; i++) await editor.press("Shift+ArrowLeft");
    await editor.paste("3\r\n");
    await expect(editor.message()).toHaveText(
      "已粘贴 2 个单元格；已改用计算值：11 个合计，可撤销；1 个计算单元格已跳过（由公式得出，无需填写）",
    );
    await editor.expectText("03", "2010301", "基本支出", "3.00");
    await editor.expectText("03", "2010301", "项目支出", "3.00");
    await expect(editor.subjectName("03", "2010301")).toHaveText("行政运行");
  });

  test("a block pastes from the range's top-left cell, whichever end the selection started from", async () => {
    await editor.focusCell("03", "2010350", "上缴上级支出");
    await editor.shiftClick("03", "2010301", "项目支出");
    await editor.paste(excel([["1", "2"]]));
    await editor.expectText("03", "2010301", "项目支出", "1.00");
    await editor.expectText("03", "2010301", "上缴上级支出", "2.00");
    await editor.expectText("03", "2010350", "项目支出", "");
  });

  test("复制本表 copies the whole table as published", async () => {
    await editor.copyTableButton("03").click();
    await expect(editor.message()).toHaveText(/^已复制公开03表（\d+ 行），可粘贴到 Excel\/WPS$/);
    const lines = (await editor.clipboardText()).split("\r\n");
    expect(lines.slice(0, 2)).toEqual(["支出决算表", "公开03表"]);
    expect(lines[2]).toMatch(/^部门：焦作经济技术产业集聚区管理委员会\t2023 年度\t.*单位：万元$/);
    expect(lines).toContain("合计\t\t507.92\t104.37\t403.55\t\t\t");
    expect(lines).toContain("2150517\t产业发展\t403.55\t0.00\t403.55\t\t\t");
    expect(lines.some((line) => line.startsWith("注："))).toBe(true);
  });
});

test.describe("pasting a block with 科目编码 (03, 06)", () => {
  test.describe.configure({ timeout: 90_000 });

  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
  });

  test("rows go to their codes, missing rows are created, a bad code is refused; one undo", async () => {
    // Lands on 2010301 基本支出, but the block names its rows: nothing goes to 2010301.
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.paste(
      excel([
        ["2101101", "行政单位医疗", "9"],
        ["[2120101]", "", "2"],
        ["2999999", "", "3"],
      ]),
    );
    await expect(editor.message()).toHaveText(
      "已按科目编码粘贴 2 行、2 个单元格；新增科目 212、21201、2120101；1 行未粘贴：科目目录中没有 2999999，请填写科目名称，或在“文档 → 科目目录…”载入财政部《政府收支分类科目》（CSV 或 XLSX）；已改用计算值：10 个合计，可撤销",
    );
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "2101101", "基本支出", "9.00");
    await editor.expectText("03", "2120101", "基本支出", "2.00");
    await expect(editor.subjectName("03", "2120101")).toHaveText("行政运行");
    await editor.expectText("03", "212", "基本支出", "2.00");

    await editor.undoByKeyboard();
    await editor.expectText("03", "2101101", "基本支出", "0.71");
    await expect(editor.subjectRow("03", "2120101")).toHaveCount(0);
    await expect(editor.subjectRow("03", "212")).toHaveCount(0);
  });

  test("codes split into 类/款/项 columns, pasted on the code column, fill the amount columns in order", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.press("ArrowLeft");
    await editor.press("ArrowLeft");
    await editor.press("ArrowLeft");
    await editor.paste(excel([["221", "02", "01", "住房公积金", "", "6.75", "1"]]));
    await expect(editor.message()).toHaveText(
      "已按科目编码粘贴 1 行、2 个单元格；已改用计算值：8 个合计，可撤销",
    );
    await editor.expectText("03", "2210201", "项目支出", "1.00");
    await editor.expectText("03", "2010301", "项目支出", "");
  });

  test("in 06 a block of 经济分类 codes goes to the rows of its codes, not below the focused cell", async () => {
    await editor.showTable("06");
    await editor.focusCell("06", "30101", "决算数");
    await editor.paste(excel([["30201", "办公费", "3"]]));
    await expect(editor.message()).toHaveText(
      "已按科目编码粘贴 1 行、1 个单元格；已改用计算值：2 个合计，可撤销",
    );
    await editor.expectText("06", "30101", "决算数", "44.51");
    await editor.expectText("06", "30201", "决算数", "3.00");
  });
});
