import { expect, test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { EditorPage } from "./pages/editor.page";

const TEMPLATE_FILE = "src/domain/testing/templates/test-2023-tenth.json";
const TEMPLATE_NAME = "测试模板：2023 年度格式加第十张表（财政拨款支出决算明细表）";

test("载入模板 with a tenth table: 新建 on it, 10 listed fifth, its 合计 follows, 打印预览 prints it fifth", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  const documents = new DocumentsPage(page);
  await editor.open();
  await documents.openList();
  await documents.loadTemplate(TEMPLATE_FILE, `已载入模板“${TEMPLATE_NAME}”，可在新建文档和转换模板中选用`);
  await documents.createDocument({
    department: "四川某局",
    year: "2023",
    unit: "万元",
    template: TEMPLATE_NAME,
  });

  await expect(editor.navTitles()).toHaveText([
    "收入支出决算总表",
    "收入决算表",
    "支出决算表",
    "财政拨款收入支出决算总表",
    "财政拨款支出决算明细表",
    "一般公共预算财政拨款支出决算表",
    "一般公共预算财政拨款基本支出决算明细表",
    "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款支出决算表",
    "财政拨款“三公”经费支出决算表",
  ]);
  await expect(editor.nav("10").locator(".nav-label")).toHaveText("公开10");

  await editor.showTable("10");
  await expect(editor.title("10")).toHaveText("财政拨款支出决算明细表");
  await editor.addSubjectRow("10", "2010301");
  await editor.typeInto("10", "2010301", "基本支出", "12.5");
  await editor.typeInto("10", "2010301", "项目支出", "3");
  await editor.addSubjectRow("10", "2080501");
  await editor.typeInto("10", "2080501", "基本支出", "100");
  await editor.expectText("10", "2010301", "合计", "15.50");
  await editor.expectText("10", "201", "合计", "15.50");
  await editor.expectText("10", "合计", "基本支出", "112.50");
  await editor.expectText("10", "合计", "合计", "115.50");
  await page.screenshot({ path: testInfo.outputPath("tenth-1440x900.png") });
  await page.setViewportSize({ width: 1280, height: 720 });
  await editor.expectText("10", "合计", "合计", "115.50");
  await page.screenshot({ path: testInfo.outputPath("tenth-1280x720.png") });

  await page.getByTestId("open-preview").click();
  const preview = page.frameLocator('iframe[title="打印预览"]');
  await expect(preview.locator(".toc-title").nth(4)).toHaveText("五、财政拨款支出决算明细表");
  await expect(preview.locator(".toc-title")).toHaveCount(10);
  await expect(preview.locator("section.table-page").nth(4)).toHaveAttribute("data-table", "10");
  await expect(preview.locator('[data-cell="10|合计|合计"]')).toHaveText("115.50");
  await expect(preview.locator('[data-cell="10|2080501|基本支出"]')).toHaveText("100.00");
});
