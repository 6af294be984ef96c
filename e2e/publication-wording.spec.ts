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

test("a 上海 2024 document: 生成情况说明 writes the 上海 sections from a few typed figures", async ({
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
  for (const table of ["03", "05"] as const) {
    await ui.showTable(table);
    await ui.addSubjectRow(table, "2010301", "行政运行");
    await ui.typeInto(table, "2010301", "基本支出", "500");
  }
  await ui.openPart("overview");
  await expect(ui.overviewTexts()).toHaveText(["一、主要职能", "二、部门决算单位构成"]);
  // The parts headed as 上海's template heads them: the department first.
  await expect(ui.partHeading("overview")).toHaveText("第一部分 上海市某区某局概况");
  await expect(ui.partHeading("narrative")).toHaveText("第三部分 上海市某区某局 2024 年度部门决算情况说明");
  await ui.openNarrative();
  await ui.typeSupplement("上年收支总计", "400");
  await ui.typeSupplement("年初预算·2010301", "500");
  // 上海's own 补充数据 besides 2023's: 公务接待 批次/人次, 接待外宾 批次/人次.
  await expect(ui.supplementField("外宾接待批次")).toBeVisible();
  await ui.supplementField("公务接待批次").scrollIntoViewIfNeeded();
  await ui.screenshots("shanghai-supplement");
  await ui.generateButton().click();
  await expect(ui.message()).toContainText("已按模板生成情况说明");

  await expect(ui.section("一")).toContainText(
    "上海市某区某局 2024 年度收入总计 0.00 万元，支出总计 500.00 万元。与 2023 年度相比，收入总计减少 400.00 万元，下降 100.00%；支出总计增加 100.00 万元，增长 25.00%。主要原因：（请填写原因）。",
  );
  await expect(ui.section("五")).toContainText(
    "一般公共预算财政拨款支出年初预算为 500.00 万元，支出决算为 500.00 万元，完成年初预算的 100.00%。决算数与预算数持平。其中：",
  );
  // 09 and 07 are empty: the template's "无…的部门，作下述说明" sentences, and nothing else of those sections.
  await expect(ui.section("七")).toContainText("上海市某区某局 2024 年度无“三公”经费财政拨款支出。");
  await expect(ui.section("八")).toContainText(
    "上海市某区某局 2024 年度无政府性基金预算财政拨款收入和支出。",
  );
  await expect(ui.section("七")).not.toContainText("预算为");
  await expect(ui.section("十一")).toContainText("（一）机关运行经费支出情况");
  await expect(ui.view()).not.toContainText("格式尚无情况说明的模板句");
  await ui.section("一").scrollIntoViewIfNeeded();
  await ui.screenshots("shanghai-narrative");
  await ui.section("七").evaluate((section) => section.scrollIntoView());
  await ui.screenshots("shanghai-narrative-seven");
});
