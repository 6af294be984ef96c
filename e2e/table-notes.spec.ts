import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

/**
 * 说明 under a table (issue 13 item 1): the accountant writes 07's "本表无数据" 说明 under the grid; it is
 * undoable, saved (there after a reload) and printed under the table in 打印预览.
 */
const SCREENSHOTS = "test-results/table-notes";
const NOTE = "本部门 2023 年度没有政府性基金预算财政拨款收入和支出，故本表无数据（经财务科核对）。";

test("07's 说明 written under the grid: undoable, there after a reload, printed under the table", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  await editor.open();
  await editor.showTable("07");
  await expect(editor.tableNote("07")).toContainText("故本表无数据");
  const before = (await editor.tableNote("07").textContent()) ?? "";

  await editor.writeTableNote("07", "字".repeat(501));
  await expect(editor.message()).toContainText("说明过长（501 字）");
  await expect(page.getByTestId("table-note-input-07")).toHaveValue("字".repeat(501));
  await page.getByRole("button", { name: "取消" }).click();
  await expect(editor.tableNote("07")).toHaveText(before);

  await editor.writeTableNote("07", NOTE);
  await expect(editor.tableNote("07")).toHaveText(`说明：${NOTE}`);
  await expect(editor.message()).toContainText("已保存公开07表说明");
  await editor.undoByKeyboard();
  await expect(editor.tableNote("07")).toHaveText(before);
  await editor.redoByKeyboard();
  await expect(editor.tableNote("07")).toHaveText(`说明：${NOTE}`);
  await page.getByTestId("table-note-edit-07").click();
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENSHOTS}/note-editor-${width}x${height}.png` });
  }
  await page.getByRole("button", { name: "取消" }).click();

  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await page.reload();
  await editor.waitForGrid("01");
  await editor.showTable("07");
  await expect(editor.tableNote("07")).toHaveText(`说明：${NOTE}`);

  await page.getByTestId("open-preview").click();
  const preview = page.frameLocator('iframe[title="打印预览"]');
  await expect(preview.locator("#table-07 .explanation")).toHaveText(`说明：${NOTE}`);
});
