import { readFileSync } from "node:fs";
import { test } from "./fixtures/app";
import { expect, PublicationPage } from "./pages/publication.page";

/**
 * 打开上年文档 (issue 13 item 2): last year's document file fills the 上年数 of 补充数据, and the 增减 % of
 * the narrative move with them at once, as one undoable step. The file is the sample made a year older with
 * other totals; a file of the wrong year changes nothing and says why.
 */
interface LastYear {
  unit?: "万元" | "元";
  department?: string;
  /** 01's 收入总计 and 04's 收入总计, in the file's unit. */
  totals?: [string, string];
}

function lastYearFile(
  year: number,
  { unit, department, totals = ["400.00", "380.00"] }: LastYear = {},
): string {
  const doc = JSON.parse(readFileSync("public/samples/seed-2023.json", "utf8"));
  doc.meta.year = year;
  if (unit) doc.meta.unit = unit;
  if (department) doc.meta.department = department;
  doc.tables["01"].rows.收入总计.决算数 = totals[0];
  doc.tables["04"].rows.收入总计.金额 = totals[1];
  return JSON.stringify(doc);
}

test("打开上年文档 fills the 上年数 and the 增减 % of the narrative follow, undoable", async ({ page }) => {
  test.setTimeout(120_000);
  const ui = new PublicationPage(page);
  await ui.open();
  await ui.openNarrative();
  const total = ui.paragraph("一", "收、支总计均为");
  const fiscal = ui.view().getByTestId("pub-paragraph").filter({ hasText: "财政拨款收、支总计均为" });
  await expect(total).toContainText("增加 89.11 万元，增长 21.28%");
  await expect(fiscal).toContainText("增加 89.11 万元，增长 21.28%");

  await ui.openPreviousYear("2021.json", lastYearFile(2021));
  await expect(ui.message()).toContainText("未填入上年数：所选文档是 2021 年度的，上年应为 2022 年度");
  await expect(total).toContainText("增长 21.28%");

  await ui.openPreviousYear("2022.json", lastYearFile(2022));
  await expect(ui.message()).toContainText("已从“2022.json”填入");
  // (507.92 − 400.00) ÷ 400.00 = 26.98 %; (507.92 − 380.00) ÷ 380.00 = 33.66 %.
  await expect(total).toContainText("增加 107.92 万元，增长 26.98%");
  await expect(fiscal).toContainText("增加 127.92 万元，增长 33.66%");
  await ui.view().getByRole("button", { name: "补充数据" }).click();
  await expect(ui.supplementField("上年收支总计")).toHaveValue("400.00");
  await expect(ui.supplementField("上年财政拨款收支总计")).toHaveValue("380.00");

  await ui.undoByKeyboard();
  await expect(total).toContainText("增加 89.11 万元，增长 21.28%");
  await expect(fiscal).toContainText("增加 89.11 万元，增长 21.28%");
});

test("打开上年文档 of a renamed department asks first (仍然填入); a 元 file is converted to 万元 (QA defect 20)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ui = new PublicationPage(page);
  await ui.open();
  await ui.openNarrative();
  const total = ui.paragraph("一", "收、支总计均为");
  // Last year's figures in 元, under the department's former name: 4,000,000.00 元 = 400.00 万元.
  const renamedInYuan = lastYearFile(2022, {
    unit: "元",
    department: "焦作经济技术开发区管理委员会",
    totals: ["4000000.00", "3800000.00"],
  });
  await ui.openPreviousYear("更名前.json", renamedInYuan);
  await expect(ui.message()).toContainText("尚未填入上年数：所选文档的部门“焦作经济技术开发区管理委员会”");
  await expect(total).toContainText("增长 21.28%");
  await ui.chooseInMessage("仍然填入");
  await expect(ui.message()).toContainText("项上年数，金额已由元折算为万元（可撤销）");
  await expect(total).toContainText("增加 107.92 万元，增长 26.98%");
  await ui.view().getByRole("button", { name: "补充数据" }).click();
  await expect(ui.supplementField("上年收支总计")).toHaveValue("400.00");
  await expect(ui.supplementField("上年财政拨款收支总计")).toHaveValue("380.00");
});
