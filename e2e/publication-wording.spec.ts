import { test } from "./fixtures/app";
import { DocumentsPage, SHANGHAI_26 } from "./pages/documents.page";
import { expect, PublicationPage } from "./pages/publication.page";

/**
 * 生成情况说明 on a new, half-filled document (QA3 items 1 and 2): the standard sentences say what the few
 * typed figures say — both totals when they differ, 持平 for an equal 预算/决算 with no reason asked, no
 * "0.00%" and no "其中：" before nothing.
 */
test.describe("情况说明 of a new document", () => {
  test.describe.configure({ timeout: 120_000 });

  test("新建, a few figures typed, 生成情况说明: sentences that fit the figures", async ({ page }) => {
    const ui = new PublicationPage(page);
    const documents = new DocumentsPage(page);
    await ui.open();
    await documents.newDocument({ department: "新单位", year: "2024", unit: "万元" });
    for (const table of ["03", "05"] as const) {
      await ui.showTable(table);
      await ui.addSubjectRow(table, "2010301", "行政运行");
      await ui.typeInto(table, "2010301", "基本支出", "500");
    }
    await ui.openNarrative();
    await ui.typeSupplement("上年收支总计", "400");
    await ui.typeSupplement("年初预算·2010301", "500");
    // A new document's 情况说明 is empty: generated at once, nothing to confirm.
    await ui.generateButton().click();
    await expect(ui.message()).toContainText("已按模板生成情况说明");

    await expect(ui.section("一")).toContainText(
      "2024 年度收入总计 0.00 万元，支出总计 500.00 万元。与上年度相比，收入总计减少 400.00 万元，下降 100.00%；支出总计增加 100.00 万元，增长 25.00%。",
    );
    await expect(ui.section("五")).toContainText("决算数与年初预算数持平。");
    await expect(ui.section("九")).toContainText("2024 年度“三公”经费支出决算数与预算数持平。");
    const text = (await ui.view().textContent()) ?? "";
    expect(text).not.toContain("均为");
    // "0.00%" as a figure of its own, not the end of "100.00%".
    expect(text).not.toMatch(/(?<![\d.])0\.00%/);
    expect(text).not.toMatch(/其中：\s*。|其中：\s*$/m);
    await expect(ui.section("九")).not.toContainText("请填写原因");
    await expect(ui.section("五")).not.toContainText("请填写原因");
    await ui.section("一").scrollIntoViewIfNeeded();
    await ui.screenshots("new-document-narrative");
    await ui.section("九").evaluate((section) => section.scrollIntoView());
    await ui.screenshots("new-document-narrative-nine");
  });
});

test("a 上海 2024 document: 生成情况说明 says the layout has no standard sentences yet, and changes nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ui = new PublicationPage(page);
  const documents = new DocumentsPage(page);
  await ui.open();
  await documents.newDocument({
    department: "上海市某区某局",
    year: "2024",
    unit: "万元",
    template: SHANGHAI_26,
  });
  await ui.openNarrative();
  await expect(ui.view()).toContainText("格式尚无情况说明的模板句，不能自动生成第三部分");
  await ui.openSupplement();
  await expect(ui.view()).toContainText("格式尚无补充数据项");
  await ui.generateButton().click();
  await expect(ui.message()).toContainText("格式尚无情况说明的模板句");
  await expect(ui.undoButton()).toBeDisabled();
  await ui.screenshots("shanghai-narrative");
});
