import { readFileSync } from "node:fs";
import { test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { EditorPage, expect } from "./pages/editor.page";

const DEPARTMENT = "焦作经济技术产业集聚区管理委员会";

/** Whether a cell's text lies within its box (a right-aligned figure overflows to the left, unseen by scrollWidth). */
function textInside(cell: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const text = range.getBoundingClientRect();
  const box = (cell.closest(".ag-cell") ?? cell).getBoundingClientRect();
  return text.left >= box.left && text.right <= box.right;
}

/** The last completed calendar year in Beijing, computed here as a person would from the date. */
function lastCompletedYear(): string {
  const beijing = new Date(Date.now() + 8 * 3_600_000);
  return String(beijing.getUTCFullYear() - 1);
}

test.describe("新建 and 文档信息", () => {
  let editor: EditorPage;
  let docs: DocumentsPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    docs = new DocumentsPage(page);
    await editor.open();
  });

  test("新建 starts with no department, the last completed year and the layouts in words", async () => {
    await docs.openList();
    const form = await docs.openNewForm();
    await expect(form.getByLabel("部门")).toHaveValue("");
    await expect(form.getByLabel("年度")).toHaveValue(lastCompletedYear());
    await expect(form.getByLabel("格式").locator("option")).toHaveText([
      "2023 年度格式：支出功能分类 26 类（含债务还本、付息）",
      "2023 年度格式：支出功能分类 24 类（不含债务还本、付息）",
      "上海 2024/2025 年度格式：支出功能分类 26 类（含债务还本、付息）",
      "上海 2024/2025 年度格式：支出功能分类 24 类（不含债务还本、付息）",
    ]);
    await form.getByRole("button", { name: "创建并打开" }).click();
    await expect(form.getByText("请填写部门名称")).toBeVisible();
  });

  test("文档信息 changes department, year and unit as one undoable step", async ({ page }) => {
    await docs.editDocumentInfo({ department: "某某局", year: "2024", unit: "元" });
    await expect(docs.documentInfoForm()).toHaveCount(0);
    await expect(docs.department()).toHaveText("某某局");
    await expect(page.getByTestId("doc-year")).toHaveText("2024 年度");
    await expect(page.getByTestId("doc-unit")).toHaveText("单位：元");
    await expect(editor.caption("01")).toContainText("部门：某某局");
    await expect(editor.caption("01")).toContainText("2024 年度");
    await expect(editor.caption("01")).toContainText("单位：元");
    // The figures stay as they were: a changed unit relabels them.
    await editor.showTable("03");
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await expect(editor.undoButton()).toHaveAttribute("title", "撤销：修改文档信息（Ctrl+Z）");

    await editor.undoByButton();
    await expect(docs.department()).toHaveText(DEPARTMENT);
    await expect(page.getByTestId("doc-year")).toHaveText("2023 年度");
    await expect(page.getByTestId("doc-unit")).toHaveText("单位：万元");
    await expect(editor.caption("03")).toContainText("单位：万元");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("文档信息 refuses a bad year in Chinese and changes nothing", async ({ page }) => {
    await docs.editDocumentInfo({ department: "某某局", year: "24", unit: "万元" });
    await expect(docs.documentInfoForm().getByText("年度应为 1990 至 2100 之间的四位数")).toBeVisible();
    await docs.documentInfoForm().getByRole("button", { name: "取消" }).click();
    await expect(docs.department()).toHaveText(DEPARTMENT);
    await expect(page.getByTestId("doc-year")).toHaveText("2023 年度");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("a 元 document shows and prints a typed 12345678.9 in 元, whole, with thousands separators", async ({
    page,
  }) => {
    await docs.openList();
    await docs.createDocument({ department: "某某局", year: "2025", unit: "元" });
    await editor.showTable("03");
    await editor.addSubjectRow("03", "2010301");
    await editor.typeInto("03", "2010301", "基本支出", "12345678.9");
    for (const row of ["2010301", "20103", "201", "合计"])
      await editor.expectText("03", row, "基本支出", "12,345,678.90");
    // A figure wider than the columns were made for: they widen, nothing is cut off.
    await editor.typeInto("03", "2010301", "项目支出", "987654321098.76");
    for (const row of ["2010301", "20103", "201", "合计"]) {
      const cell = await editor.reveal("03", row, "本年支出合计");
      await expect(cell).toHaveText("987,666,666,777.66");
      expect(await cell.evaluate(textInside), `${row} cut off`).toBe(true);
    }
    await page.getByTestId("open-preview").click();
    const preview = page.frameLocator('iframe[title="打印预览"]');
    await expect(preview.locator('[data-cell="03|2010301|基本支出"]')).toHaveText("12,345,678.90");
    await expect(preview.getByText("单位：元").first()).toBeAttached();
  });

  test("文档信息 splits 科目编码 into 类/款/项 in the grid and the print; the file keeps the joined code", async ({
    page,
  }) => {
    await docs.chooseCodeDisplay("类/款/项 三栏");
    await editor.showTable("03");
    await expect(editor.headerCells("03")).toContainText(["功能分类科目编码", "类", "款", "项", "科目名称"]);
    expect(await editor.codeParts("03", "2010301")).toEqual(["201", "03", "01"]);
    expect(await editor.codeParts("03", "20103")).toEqual(["201", "03", ""]);
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await expect(editor.undoButton()).toHaveAttribute("title", "撤销：修改文档信息（Ctrl+Z）");

    await page.getByTestId("open-preview").click();
    const preview = page.frameLocator('iframe[title="打印预览"]');
    const section = preview.locator("#table-03");
    await expect(section.locator("thead th", { hasText: /^款$/ })).toBeAttached();
    const row = section.locator("tbody tr", { has: preview.locator('[data-cell="03|2010301|基本支出"]') });
    await expect(row.locator("td").nth(0)).toHaveText("201");
    await expect(row.locator("td").nth(1)).toHaveText("03");
    await expect(row.locator("td").nth(2)).toHaveText("01");
    await page.getByTestId("print-preview").getByRole("button", { name: "关闭" }).click();

    const exported = JSON.parse(readFileSync(await (await docs.exportJson()).path(), "utf8"));
    expect(exported.meta.codeDisplay).toBe("split");
    expect(exported.tables["03"].rows["2010301"]).toMatchObject({ 基本支出: "17.11" });
    expect(Object.keys(exported.tables["03"].rows)).not.toContain("201 03 01");

    await docs.chooseCodeDisplay("一栏");
    await expect(editor.subjectRow("03", "2010301").locator('.ag-cell[col-id="p0:code"]')).toHaveText(
      "2010301",
    );
  });
});
