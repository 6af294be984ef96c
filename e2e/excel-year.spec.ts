import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { EditorPage } from "./pages/editor.page";
import { ExcelPage } from "./pages/excel.page";

async function openApp(page: Page) {
  const editor = new EditorPage(page);
  const docs = new DocumentsPage(page);
  await page.goto("/");
  await editor.waitForGrid("01");
  await docs.expectSaved();
  return { editor, docs, excel: new ExcelPage(page) };
}

/** A workbook as other software writes it: a cover of 2024, two tables titled 2024 and one titled 2023. */
async function workbookOf2024(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("封面").addRows([["某某局2024年度部门决算"], ["编制单位：某某局"]]);
  const titles = ["2024年度支出决算表", "2024年度部门决算情况说明", "2023年度项目支出决算表"];
  for (const [i, title] of titles.entries()) {
    book
      .addWorksheet(`表${i + 1}`)
      .addRows([
        [title],
        ["部门：某某局", null, null, null, "单位：万元"],
        ["科目编码", null, "科目名称", "本年支出合计", "基本支出", "项目支出"],
        [2010301, null, "行政运行", 30, 20, 10],
        ["合计", null, null, 30, 20, 10],
      ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

test.describe("The year of an imported workbook", () => {
  test("comes from the workbook, can be changed in the preview, and decides whether it may be merged", async ({
    page,
  }) => {
    const { docs, excel } = await openApp(page);
    await excel.importWorkbook("某某局决算.xlsx", await workbookOf2024());
    await expect(excel.yearField()).toHaveValue("2024");
    await expect(excel.departmentField()).toHaveValue("某某局");
    await expect(excel.factNotes().first()).toContainText("工作簿中写有不同的年度：2024 年（3 处");
    await expect(excel.factNotes().first()).toContainText("已取出现最多的 2024 年");
    // The sample open in the editor is 2023: merging a 2024 workbook into it is refused, with the way out.
    await expect(excel.mergeRefusal()).toContainText("工作簿的年度（2024 年）与当前文档（2023 年）不同");
    await expect(excel.mergeButton()).toBeDisabled();

    await excel.setYear("24");
    await expect(excel.yearError()).toHaveText("年度应为四位数字，如 2024");
    await expect(excel.createButton()).toBeDisabled();
    await excel.setYear("2031");
    await expect(excel.yearError()).toContainText("年度应在 2000 至");
    await expect(excel.createButton()).toBeDisabled();
    await excel.setYear("2023");
    await expect(excel.yearError()).toHaveCount(0);
    await expect(excel.mergeButton()).toBeEnabled();

    await excel.setYear("2025");
    await excel.departmentField().fill("某某局机关");
    await excel.createDocument();
    await expect(docs.department()).toHaveText("某某局机关");
    await expect(docs.year()).toHaveText("2025 年度");
  });

  test("a JSON file of a far year opens with a notice and is named after its department", async ({
    page,
  }) => {
    const { docs, editor } = await openApp(page);
    const future = {
      format: "juesuan",
      version: 2,
      meta: { department: "未来局", year: 2099, unit: "万元", template: "2023" },
      tables: {},
    };
    await docs.importFile({
      name: "year-2099.json",
      mimeType: "application/json",
      text: JSON.stringify(future),
    });
    await expect(editor.message()).toContainText("文件中的年度为 2099 年，请核对");
    await expect(docs.docName()).toHaveText("未来局（2099 年度）");
  });
});
