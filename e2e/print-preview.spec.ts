import { expect, test } from "./fixtures/app";
import { EditorPage } from "./pages/editor.page";

test("打印预览 shows the printable document with the tables as published and offers the HTML", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByTestId("open-preview").click();
  const preview = page.frameLocator('iframe[title="打印预览"]');
  await expect(preview.getByText("收入支出决算总表").first()).toBeVisible();
  await expect(preview.locator('[data-cell="03|215|基本支出"]')).toHaveText("0.00");
  await expect(preview.locator('[data-cell="02|21011|本年收入合计"]')).toHaveText("5.97");
  await expect(preview.getByText("故本表无数据").first()).toBeAttached();
  const download = page.waitForEvent("download");
  await page.getByTestId("export-html").click();
  // The sample has open 错误: they are listed first, and 继续 downloads.
  await expect(page.getByTestId("open-errors")).toContainText("错误");
  await page.getByTestId("open-errors-continue").click();
  expect((await download).suggestedFilename()).toBe("焦作经济技术产业集聚区管理委员会-2023-部门决算.html");
});
