import { expect, test } from "./fixtures/app";
import { DocumentsPage, SHANGHAI_26 } from "./pages/documents.page";
import { EditorPage } from "./pages/editor.page";

test("新建 上海 2024: 审核 names tables as 上海 prints them; the 审核 badge counts the panel's 错误", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  const documents = new DocumentsPage(page);
  await editor.open();
  await documents.newDocument({
    department: "上海市某区某局",
    year: "2024",
    unit: "万元",
    template: SHANGHAI_26,
  });
  await editor.unfoldSidePanel();

  // 06 人员经费 without 05 基本支出: X-12 compares 表五 with 表六 (05 and 06 are numbered alike in 上海).
  await editor.showTable("06");
  await editor.typeInto("06", "30101", "决算数", "5");
  // 公务接待费 in 06 without 三公 figures: X-16 compares 表七 (三公, id 09) with 表六.
  await editor.typeInto("06", "30217", "决算数", "1");
  const x12 = editor.findings("X-12").first();
  await expect(x12).toContainText("表五·合计·基本支出");
  await expect(x12).toContainText("表六·人员经费合计");

  // The empty 政府性基金 table (id 07) is 八 in 上海: its group and its finding both say so.
  const fund = editor.checksGroup("07");
  await expect(fund.locator("h3")).toHaveText("八、政府性基金预算财政拨款收入支出决算表");
  await expect(fund.getByTestId("finding-R07-4")).toContainText("表八没有数据");
  const sangong = editor.checksGroup("09");
  await expect(sangong.locator("h3")).toHaveText("七、财政拨款“三公”经费支出决算表");
  await expect(sangong.getByTestId("finding-X-16").first()).toContainText("表七·");
  await expect(page.getByTestId("checks-panel")).not.toContainText(/(?<![\d开R])0\d表/);

  // The tab's badge is the number of 错误 the panel states.
  const errors = await editor.checksErrorCount();
  expect(errors).toBeGreaterThan(0);
  await expect(editor.checksBadge()).toHaveText(String(errors));
  await page.screenshot({ path: testInfo.outputPath("shanghai-checks-1440.png") });
  await page.setViewportSize({ width: 1280, height: 720 });
  // Below 1,400 px the panel folds to its strip; unfolded, it says the same.
  await expect(page.getByTestId("checks-open")).toBeVisible();
  await editor.unfoldSidePanel();
  await expect(editor.checksBadge()).toHaveText(String(errors));
  await page.screenshot({ path: testInfo.outputPath("shanghai-checks-1280.png") });
});
