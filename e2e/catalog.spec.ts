import { readFileSync } from "node:fs";
import { test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { EditorPage, expect } from "./pages/editor.page";

/**
 * An official edition as a 财政局 would hand it out: every code of the sample (from the shipped 2023
 * list) and 213 农林水支出 down to 2130101, which no shipped edition has.
 */
function officialCsv(): string {
  const shipped = JSON.parse(readFileSync("public/catalogs/2023.json", "utf8")) as {
    entries: [string, string][];
  };
  const rows = new Map([
    ...shipped.entries,
    ["213", "农林水支出"],
    ["21301", "农业农村"],
    ["2130101", "行政运行"],
  ]);
  const lines = [...rows].map(([code, name]) => `${code},${name}`);
  return `\uFEFF2023年政府收支分类科目\n科目编码,科目名称\n${lines.join("\n")}\n`;
}

const CSV = { name: "2023年政府收支分类科目.csv", mimeType: "text/csv" };

test("载入科目目录: a CSV's code fills the name of an added row and C-1 stays quiet; a bad file is refused", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  const documents = new DocumentsPage(page);
  await editor.open();
  await editor.showTable("03");
  await editor.codeInput("03").fill("2130101");
  await expect(editor.nameInput("03")).toHaveAttribute("placeholder", "目录中没有时请填写");
  await expect(editor.codeSuggestion("03", "2130101")).toHaveCount(0);

  await documents.openCatalogs();
  await documents.loadCatalog({
    ...CSV,
    name: "坏目录.csv",
    text: "科目编码,科目名称\n201,一般公共服务支出\n201,一般公共服务\n20x01,人大事务\n",
  });
  await expect(documents.catalogOutcome()).toHaveAttribute("role", "alert");
  await expect(documents.catalogOutcome()).toContainText("坏目录.csv：科目目录有误，未载入。");
  await expect(documents.catalogOutcome()).toContainText(
    "第 3 行：编码 201 重复（坏目录.csv 第 2 行已有“一般公共服务支出”）",
  );
  await expect(documents.catalogOutcome()).toContainText(
    "第 4 行：编码“20x01”不是类、款、项编码（3、5、7 位数字）",
  );
  await expect(documents.catalogEditions()).toHaveCount(2); // the shipped 2023 and 2024 only

  await documents.loadCatalog({ ...CSV, text: officialCsv() });
  await expect(documents.catalogOutcome()).toHaveAttribute("role", "status");
  await expect(documents.catalogOutcome()).toContainText(
    "已载入“2023年政府收支分类科目（载入：2023年政府收支分类科目.csv）”：功能分类 类 26、款 11、项 25；经济分类 类 8、款 83。",
  );
  await expect(documents.catalogEditions()).toHaveCount(3);
  await expect(documents.catalogPanel().getByTestId("catalog-choice")).toContainText(
    "按年度（2023）：2023年政府收支分类科目（载入：2023年政府收支分类科目.csv）",
  );
  await documents.closeList();

  await editor.codeInput("03").fill("2130101");
  await expect(editor.nameInput("03")).toHaveAttribute("placeholder", "行政运行");
  await expect(editor.codeSuggestion("03", "2130101")).toHaveAttribute("label", "行政运行");
  await editor.addRowButton("03").click();
  await expect(editor.message()).toHaveText("已添加科目 213、21301、2130101");
  await expect(editor.subjectName("03", "2130101")).toHaveText("行政运行");
  await expect(editor.subjectName("03", "21301")).toHaveText("农业农村");

  // C-1 still reports the sample's own misprints, nothing about the new rows, and no code missing.
  await expect(editor.findings("C-1").first()).toBeAttached();
  await expect(editor.findings("C-1").filter({ hasText: "20103" }).first()).toBeAttached();
  await expect(editor.findings("C-1").filter({ hasText: /21301|不在“/ })).toHaveCount(0);

  // Kept in this browser: after a reload the edition is still there and still names the code.
  await page.reload();
  await editor.showTable("03");
  await editor.codeInput("03").fill("2130102");
  await expect(editor.nameInput("03")).toHaveAttribute("placeholder", "目录中没有时请填写");
  await editor.codeInput("03").fill("21301");
  await expect(editor.nameInput("03")).toHaveAttribute("placeholder", "农业农村");
});
