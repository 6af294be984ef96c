import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures/app";
import { sampleHtml } from "./fixtures/export";
import { PrintedPage } from "./pages/printed.page";

/** An A4 portrait page's text height: 297 mm less the 16 mm margins above and below (styles.ts). */
const A4_TEXT_HEIGHT_MM = 297 - 2 * 16;

/** The printed sample's layout (issue 13, QA defect 15): the 目录 on one page, the 自评表 as a report. */
test.describe("printed layout of the sample", () => {
  test.describe.configure({ timeout: 180_000 });

  let printed: PrintedPage;
  let html: string;

  test.beforeAll(() => {
    const dir = join("test-results", "print-layout");
    mkdirSync(dir, { recursive: true });
    html = sampleHtml(dir);
  });

  test.beforeEach(async ({ page }) => {
    printed = new PrintedPage(page);
    await printed.load(html);
  });

  test("the 目录 fits one A4 page", async () => {
    const height = await printed.contentsHeightMm();
    expect(height).toBeLessThanOrEqual(A4_TEXT_HEIGHT_MM);
    // The parts' groups are kept whole: a page never gets only the 附件 lines.
    const groups = printed.contents().locator(".toc-group");
    await expect(groups).toHaveCount(5);
    await expect(groups.last()).toContainText("附件 3");
    expect((await PrintedPage.styles(groups.last(), ["break-inside"]))["break-inside"]).toBe("avoid");
  });

  test("the 自评表's indicator header repeats on every page, its rows whole, in the text's serif font", async () => {
    const table = printed.indicatorTable();
    await expect(table.locator("thead th")).toHaveText([
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差度",
      "偏差原因分析及改进措施",
    ]);
    const head = await PrintedPage.styles(table.locator("thead"), ["display"]);
    expect(head.display).toBe("table-header-group");
    const row = await PrintedPage.styles(table.locator("tbody tr").first(), ["break-inside"]);
    expect(row["break-inside"]).toBe("avoid");
    const font = (locator: ReturnType<typeof table.locator>) =>
      PrintedPage.styles(locator, ["font-family"]).then((s) => s["font-family"]);
    const text = await font(printed.page.locator(".pub-p").first());
    expect(text).toContain("Serif");
    expect(await font(table.locator("tbody td").first())).toBe(text);
    expect(await font(printed.page.locator("table.self-evaluation").first().locator("td").first())).toBe(
      text,
    );
    // Drawn, not only asked for: the cells' glyphs come from the paragraphs' serif face.
    const serif = await printed.drawnFonts(".pub-p");
    expect(serif.join()).toContain("Serif");
    expect(await printed.drawnFonts("table.self-evaluation.indicators td")).toEqual(serif);
  });
});
