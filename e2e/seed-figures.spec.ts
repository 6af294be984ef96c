import { SEED_FIGURES } from "../src/domain/sample/seed-figures";
import type { CanonicalTableId, TableId } from "../src/domain/templates/types";
import { test } from "./fixtures/app";
import { ALL_TABLES, EditorPage, expect, twoDecimals } from "./pages/editor.page";

// A tall window so that most rows render without scrolling; EditorPage.reveal scrolls for the rest.
test.use({ viewport: { width: 1440, height: 3000 } });

const DEPARTMENT = "焦作经济技术产业集聚区管理委员会";

const TITLES: Record<CanonicalTableId, string> = {
  "01": "收入支出决算总表",
  "02": "收入决算表",
  "03": "支出决算表",
  "04": "财政拨款收入支出决算总表",
  "05": "一般公共预算财政拨款支出决算表",
  "06": "一般公共预算财政拨款基本支出决算明细表",
  "07": "政府性基金预算财政拨款收入支出决算表",
  "08": "国有资本经营预算财政拨款支出决算表",
  "09": "财政拨款“三公”经费支出决算表",
};

/** 栏次 printed over the amount columns, in display order (06 prints no 栏次 line). */
const LANES: Partial<Record<TableId, string[]>> = {
  "01": ["1", "2"],
  "02": ["1", "2", "3", "4", "5", "6", "7"],
  "03": ["1", "2", "3", "4", "5", "6"],
  "04": ["1", "2", "3", "4", "5"],
  "05": ["1", "2", "3"],
  "07": ["1", "2", "3", "4", "5", "6"],
  "08": ["1", "2", "3"],
  "09": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
};

/** 07 and 08 print no figure but a 说明 from the document's notes. */
const EXPLANATIONS: Partial<Record<TableId, string>> = {
  "07": "说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。",
  "08": "说明：我部门没有使用国有资本经营预算安排的支出，故本表无数据。",
};

test.describe("the seed sample shows every printed figure", () => {
  // Generous bound for a loaded 2-core machine; tests still wait on conditions only.
  test.describe.configure({ timeout: 90_000 });

  for (const table of ALL_TABLES) {
    const figures = SEED_FIGURES.filter((f) => f.table === table);
    test(`公开${table}表: ${figures.length} figures, caption block, 栏次, 说明`, async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      if (table !== "01") await editor.showTable(table);

      // Caption block: title, 部门, 年度, 公开0X表, 单位.
      await expect(editor.title(table)).toHaveText(TITLES[table]);
      const caption = editor.caption(table);
      await expect(caption).toContainText(`部门：${DEPARTMENT}`);
      await expect(caption).toContainText("2023 年度");
      await expect(caption.locator(".table-label")).toHaveText(new RegExp(`^公开\\s*${table}\\s*表$`));
      await expect(caption).toContainText("单位：万元");
      await expect(editor.notes(table)).toContainText("注：本表反映部门本年度");

      // 栏次 line.
      const lanes = LANES[table];
      if (lanes) {
        const lane = await editor.laneRow(table);
        const amounts = lane.filter((c) => c.colId.includes("|")).map((c) => c.text);
        expect(amounts, "栏次 over the amount columns").toEqual(lanes);
        if (table !== "09") expect(lane[0]?.text, "first cell of the 栏次 line").toBe("栏 次");
      } else {
        await expect(editor.grid(table).locator('.ag-row[row-id="__lane"]')).toHaveCount(0);
      }

      // 说明 (07, 08) or none.
      const explanation = EXPLANATIONS[table];
      if (explanation) await expect(editor.explanation(table)).toHaveText(explanation);
      else await expect(editor.explanation(table)).toHaveCount(0);

      // Every printed figure, formatted to two decimals, in its cell.
      for (const figure of figures) {
        await editor.reveal(table, figure.row, figure.col);
        await expect
          .soft(editor.cell(table, figure.row, figure.col), `${table}·${figure.row}·${figure.col}`)
          .toHaveText(twoDecimals(figure.printed));
      }
    });
  }

  test("the header shows the document: department, year, unit", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await expect(page.getByTestId("doc-department")).toHaveText(DEPARTMENT);
    await expect(page.getByTestId("doc-year")).toHaveText("2023 年度");
    await expect(page.getByTestId("doc-unit")).toHaveText("单位：万元");
    // At 1440 the unit was cut off by the buttons: the department's name gives way instead.
    expect(await editor.headerMetaWhole()).toBe(true);
    await expect(editor.undoButton()).toBeDisabled();
    await expect(editor.redoButton()).toBeDisabled();
  });
});
