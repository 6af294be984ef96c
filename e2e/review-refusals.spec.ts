import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

const REFUSAL = "审阅模式：数值只读，只能写批注。要修改数值，请先退出审阅模式。";

// Row changes: the 科目 row tools are not shown in 审阅模式 (nothing to refuse there).
test("in 审阅模式 typing, Delete and paste are all refused with the same visible message", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByTestId("review-toggle").click();
  await expect(page.getByTestId("review-toggle")).toHaveText("审阅模式");
  await editor.showTable("03");
  /** The message bar clears itself after a few seconds: each refusal is then seen to be shown anew. */
  const other = async () => {
    await expect(editor.message()).toHaveText("", { timeout: 20_000 });
  };

  await editor.focusCell("03", "2010301", "基本支出");
  await page.keyboard.type("9", { delay: 0 });
  await expect(editor.message()).toHaveText(REFUSAL);
  await expect(editor.editor("03")).toHaveCount(0);

  await other();
  await editor.focusCell("03", "2010301", "基本支出");
  await editor.press("Delete");
  await expect(editor.message()).toHaveText(REFUSAL);

  await other();
  await editor.focusCell("03", "2010301", "基本支出");
  await editor.paste("1\t2");
  await expect(editor.message()).toHaveText(REFUSAL);

  await expect(editor.codeInput("03")).toHaveCount(0);

  await editor.expectText("03", "2010301", "基本支出", "17.11");
  await expect(editor.undoButton()).toBeDisabled();
});
