import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

/** Rows and cells as Excel/WPS put them on the clipboard: tab-separated, CRLF line ends, trailing CRLF. */
const excel = (rows: readonly (readonly string[])[]) => `${rows.map((r) => r.join("\t")).join("\r\n")}\r\n`;

test.describe("pasting from Excel into 03", () => {
  // Generous bound for a loaded 2-core machine; tests still wait on conditions only.
  test.describe.configure({ timeout: 90_000 });

  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
  });

  test("a 2×3 block fills entered cells, skips derived cells with a message, and one Ctrl+Z undoes it", async () => {
    // Starting at 2010350 基本支出: row 1 is the leaf 2010350, row 2 is the 类 row 208 (all derived).
    // Row 1 holds a quoted cell, an empty cell and a grouped amount.
    const block = excel([
      ['"1,234.56"', "", "5"],
      ["7", "8", "9"],
    ]);
    await editor.focusCell("03", "2010350", "基本支出");
    await editor.paste(block);

    await expect(editor.message()).toHaveText(
      "已粘贴 3 个单元格；已改用计算值：10 个合计，可撤销；3 个计算单元格已跳过（由公式得出，无需填写）",
    );
    await editor.expectText("03", "2010350", "基本支出", "1,234.56");
    await editor.expectText("03", "2010350", "项目支出", "");
    await editor.expectText("03", "2010350", "上缴上级支出", "5.00");
    // The derived row below is untouched.
    await editor.expectText("03", "208", "基本支出", "7.08");
    await editor.expectText("03", "208", "项目支出", "");
    await editor.expectText("03", "208", "上缴上级支出", "");
    // Sums follow: visible where nothing is stated, in the title where a figure is stated.
    for (const row of ["20103", "201", "合计"]) await editor.expectText("03", row, "上缴上级支出", "5.00");
    await editor.expectText("03", "2010350", "本年支出合计", "1,239.56");
    await editor.expectText("03", "20103", "基本支出", "1,251.67");
    await expect(editor.undoButton()).toHaveAttribute("title", "撤销：粘贴 3 个单元格（Ctrl+Z）");

    // Focus stays on the grid: one Ctrl+Z undoes the whole paste.
    await editor.expectFocused("03", "2010350", "基本支出");
    await editor.undoByKeyboard();
    await editor.expectText("03", "2010350", "基本支出", "67.47");
    await editor.expectText("03", "2010350", "上缴上级支出", "");
    for (const row of ["20103", "201", "合计"]) await editor.expectText("03", row, "上缴上级支出", "");
    await editor.expectDerivedOfStated("03", "20103", "基本支出", "84.58");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("an empty pasted cell clears the entered cell it lands on", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.paste(excel([["", "2"]]));
    await editor.expectText("03", "2010301", "基本支出", "");
    await editor.expectText("03", "2010301", "项目支出", "2.00");
    await expect(editor.message()).toHaveText(/^已粘贴 2 个单元格；已改用计算值：\d+ 个合计，可撤销$/);
  });

  test("a block containing “abc” keeps that cell and reports it", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.paste(excel([["abc", "3"]]));
    await expect(editor.message()).toHaveText(
      /^已粘贴 1 个单元格；已改用计算值：\d+ 个合计，可撤销；1 个单元格内容不是金额，保留原值（如“abc”）$/,
    );
    await expect(editor.message()).toHaveClass(/\bwarning\b/);
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "2010301", "项目支出", "3.00");
    await editor.undoByKeyboard();
    await editor.expectText("03", "2010301", "项目支出", "");
  });

  test("cells beyond the table's last column are ignored and reported", async () => {
    // 对附属单位补助支出 is the last column: the second pasted cell has nowhere to go.
    await editor.focusCell("03", "2010301", "对附属单位补助支出");
    await editor.paste(excel([["4", "5"]]));
    await editor.expectText("03", "2010301", "对附属单位补助支出", "4.00");
    await expect(editor.message()).toHaveText(
      /^已粘贴 1 个单元格；已改用计算值：\d+ 个合计，可撤销；1 个单元格超出表格范围，已忽略$/,
    );
  });

  test("an oversized paste (more than 20,000 cells) changes nothing and says so", async () => {
    const row = Array.from({ length: 100 }, () => "1");
    const block = excel(Array.from({ length: 201 }, () => row));
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.paste(block);
    await expect(editor.message()).toHaveText("粘贴内容过大（超过 20000 个单元格），未粘贴任何内容");
    await expect(editor.message()).toHaveClass(/\berror\b/);
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "2010301", "项目支出", "");
    await editor.expectText("03", "2010350", "基本支出", "67.47");
    await expect(editor.undoButton()).toBeDisabled();
  });
});
