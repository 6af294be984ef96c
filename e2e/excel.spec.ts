import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { EditorPage } from "./pages/editor.page";
import { ExcelPage } from "./pages/excel.page";

const SAMPLE_NAME = "示例：焦作经济技术产业集聚区管理委员会（2023 年度）";
/** An entered cell of the sample and its value as shown. */
const PROBE = { table: "03", row: "2010301", col: "基本支出", shown: "17.11" } as const;

async function openApp(page: Page) {
  const editor = new EditorPage(page);
  const docs = new DocumentsPage(page);
  const excel = new ExcelPage(page);
  await page.goto("/");
  await expect(editor.tableView("01")).toBeVisible();
  await editor.waitForGrid("01");
  await docs.expectSaved();
  return { editor, docs, excel };
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 03 as another program writes it: an unrelated sheet first, title with ordinal, codes as numbers. */
async function foreignWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").addRows([["填表说明"], ["本工作簿由财务软件导出"]]);
  const sheet = workbook.addWorksheet("Sheet3");
  sheet.addRows([
    ["三、支出决算表"],
    ["编制单位：焦作经济技术产业集聚区管理委员会", null, null, null, "单位：万元"],
    ["科目编码", null, "科目名称", "本年支出合计", "基本支出", "项目支出"],
    [2010301, null, "行政运行", 30, 20, 10],
    ["小计", null, null, 1, 1, null],
    ["合计", null, null, 30, 20, 10],
  ]);
  return bytesOf(workbook);
}

test.describe("Excel workbooks", () => {
  test("导出 Excel writes the nine tables with SUM formulas; importing it gives the document back", async ({
    page,
  }, testInfo) => {
    const { editor, docs, excel } = await openApp(page);
    const download = await excel.exportWorkbook();
    expect(download.suggestedFilename()).toBe("焦作经济技术产业集聚区管理委员会-2023-决算.xlsx");
    const file = testInfo.outputPath("exported.xlsx");
    await download.saveAs(file);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `公开0${n}表`));
    const sheet03 = book.getWorksheet("公开03表");
    expect(sheet03?.getCell("A1").value).toBe("支出决算表");
    expect(sheet03?.getCell("A7").value).toBe("合计");
    // A row total sums its row; a 类 total sums its 款 rows; a printed total that differs from the
    // computation stays the printed figure, with a note.
    expect(sheet03?.getCell("C8").formula).toBe("SUM(D8:H8)");
    expect(sheet03?.getCell("C8").result).toBe(84.58);
    expect(sheet03?.getCell("E7").formula).toBe("SUM(E8,E12,E15,E20,E23)");
    expect(sheet03?.getCell("D7").value).toBe(104.37);
    expect(String(sheet03?.getCell("D7").note)).toContain("原表列示数；计算值为 104.38");
    expect(sheet03?.getCell("D10").numFmt).toBe("#,##0.00");
    // 01 takes its class rows from 03.
    expect(book.getWorksheet("公开01表")?.getCell("F7").formula).toBe("'公开03表'!C8");

    await excel.importWorkbook("exported.xlsx", readFileSync(file));
    await expect(excel.templateLine()).toContainText(
      "识别的表样：2023 年度格式：支出功能分类 26 类（含债务还本、付息）",
    );
    await expect(excel.tableLine("03")).toContainText("公开03表");
    await expect(excel.dialog()).toContainText("工作簿中的内容全部可以放置");
    await page.screenshot({ path: testInfo.outputPath("excel-import-1440.png") });
    await excel.createDocument();
    await expect(docs.docName()).toHaveText("焦作经济技术产业集聚区管理委员会（2023 年度）");
    await editor.showTable("03");
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, PROBE.shown);
    await editor.expectText("03", "合计", "本年支出合计", "507.92");
  });

  test("a workbook made by other software: preview with unplaced rows, then 合并到当前文档 as one undoable step", async ({
    page,
  }) => {
    const { editor, docs, excel } = await openApp(page);
    await editor.showTable("03");
    await excel.importWorkbook("财务软件导出.xlsx", await foreignWorkbook());
    await expect(excel.tableLine("03")).toContainText("Sheet3");
    await expect(excel.tableLine("03")).toContainText("2");
    await expect(excel.tableLine("01")).toContainText("工作簿中未找到");
    await expect(excel.unplaced()).toHaveText(["Sheet3!A5（公开03表）：无法识别的行“小计”"]);
    // Nothing has changed before the user confirms.
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, PROBE.shown);
    await excel.mergeIntoCurrent();
    await expect(editor.message()).toContainText("已把“财务软件导出.xlsx”合并到当前文档");
    await expect(docs.docName()).toHaveText(SAMPLE_NAME);
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, "20.00");
    await editor.expectText("03", "2010301", "项目支出", "10.00");
    await editor.undoByButton();
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, PROBE.shown);
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("an old .xls, a protected or broken file, or a workbook without tables changes nothing and says why", async ({
    page,
  }) => {
    const { editor, docs, excel } = await openApp(page);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("名单").addRows([
      ["姓名", "金额"],
      ["张三", 12],
    ]);
    const encrypted = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted);
    Buffer.from("EncryptionInfo", "utf16le").copy(encrypted, 1024);
    const cases: [string, Buffer, string][] = [
      [
        "旧格式.xls",
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        "旧版 Excel 文件（.xls），不支持",
      ],
      ["有密码.xlsx", encrypted, "工作簿设有打开密码"],
      ["坏文件.xlsx", Buffer.from("这不是工作簿"), "不是 Excel 工作簿"],
      ["名单.xlsx", await bytesOf(empty), "没有可识别的公开表"],
    ];
    for (const [name, bytes, message] of cases) {
      await excel.importWorkbook(name, bytes);
      await expect(docs.importFailure()).toContainText(`无法导入“${name}”，未做任何改动`);
      await expect(docs.importFailure()).toContainText(message);
      await expect(excel.dialog()).toHaveCount(0);
      await docs.dismissImportFailure();
    }
    await expect(docs.docName()).toHaveText(SAMPLE_NAME);
    await editor.showTable("03");
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, PROBE.shown);
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("a dropped workbook opens the preview (1280×720); 取消 changes nothing", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { editor, docs, excel } = await openApp(page);
    await excel.dropWorkbook("拖入.xlsx", await foreignWorkbook());
    await expect(excel.unplaced()).toHaveCount(1);
    await expect(excel.dialog().getByTestId("excel-import-new")).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath("excel-import-1280.png") });
    await excel.cancel();
    await expect(docs.docName()).toHaveText(SAMPLE_NAME);
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("打印预览 downloads the workbook with a sheet of 审核 findings and comments", async ({
    page,
  }, testInfo) => {
    const { excel } = await openApp(page);
    const download = await excel.exportWithNotes();
    const file = testInfo.outputPath("with-notes.xlsx");
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name).at(-1)).toBe("审核与批注");
    const notes = book.getWorksheet("审核与批注");
    expect(notes?.getCell("A1").value).toBe("类别");
    expect(String(notes?.getCell("C2").value)).toMatch(/^[A-Z]+\d*-\d+ /);
  });
});
