import { readFileSync } from "node:fs";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { EditorPage, expect } from "./pages/editor.page";
import { type ReviewFile, ReviewPage } from "./pages/review.page";

const CELL = { table: "03", row: "2010301", col: "基本支出" } as const;
const QUESTION = "行政运行的基本支出与上年差别较大，请说明";
const ANSWER = "已核对，数无误";

/** A second browser (its own storage): the reviewer's machine. */
async function secondBrowser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport ?? null,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  return page;
}

async function open(page: Page) {
  const editor = new EditorPage(page);
  await editor.open();
  return { editor, docs: new DocumentsPage(page), review: new ReviewPage(page) };
}

async function exported(docs: DocumentsPage, name: string): Promise<ReviewFile> {
  const download = await docs.exportJson();
  return { name, text: readFileSync(await download.path(), "utf8") };
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/review/${name}.png` });

test("审阅 round trip: comment, review in another browser, merge back, compare", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);

  // The accountant comments on a cell and sends the file.
  const { editor, docs, review } = await open(page);
  await docs.expectSaved();
  await editor.showTable("03");
  await editor.focusCell(CELL.table, CELL.row, CELL.col);
  await review.openComments();
  await review.signIn("张会计");
  await review.commentSelectedCell(QUESTION);
  await expect(review.thread(QUESTION)).toHaveAttribute("data-state", "open");
  await expect(review.marker(CELL.table, CELL.row, CELL.col)).toBeVisible();
  await expect(editor.cell(CELL.table, CELL.row, CELL.col)).toHaveAttribute("data-comment", "open");
  await shot(page, "comments-panel");
  const sent = await exported(docs, "送审稿.json");
  expect(JSON.parse(sent.text).comments[0].text).toBe(QUESTION);

  // The reviewer opens it in review mode: numbers read-only, comments allowed.
  const other = await secondBrowser(browser, testInfo);
  const reviewer = await open(other);
  await reviewer.review.openForReview(sent);
  await expect(reviewer.review.badge()).toHaveText("审阅模式");
  await reviewer.editor.showTable("03");
  await reviewer.editor.focusCell(CELL.table, CELL.row, CELL.col);
  await other.keyboard.press("5");
  await expect(reviewer.editor.editor("03")).toHaveCount(0);
  await other.keyboard.press("Delete");
  await expect(reviewer.editor.message()).toContainText("审阅模式");
  await reviewer.editor.expectText(CELL.table, CELL.row, CELL.col, "17.11");
  await reviewer.review.openComments();
  await reviewer.review.signIn("王审核");
  const thread = reviewer.review.thread(QUESTION);
  await reviewer.review.reply(thread, ANSWER);
  await reviewer.review.resolve(thread);
  await expect(reviewer.editor.cell(CELL.table, CELL.row, CELL.col)).toHaveAttribute(
    "data-comment",
    "resolved",
  );
  await shot(other, "review-mode");
  const returned = await exported(reviewer.docs, "审阅意见.json");
  await other.context().close();

  // A file of another year is refused, and nothing changes.
  const foreign = JSON.parse(returned.text);
  foreign.meta.year = 2022;
  await review.startMerge({ name: "别的年度.json", text: JSON.stringify(foreign) });
  await expect(editor.message()).toContainText("不是本文档的版本");
  await expect(review.mergeView()).toHaveCount(0);

  // The accountant merges the returned file and sees the reply.
  await review.startMerge(returned);
  await expect(page.getByTestId("merge-summary")).toContainText("新回复 1 条");
  await expect(page.getByTestId("merge-summary")).toContainText("已解决 1 条");
  await shot(page, "merge");
  await page.getByTestId("merge-confirm").click();
  await expect(review.mergeView()).toHaveCount(0);
  await expect(review.thread(QUESTION).getByTestId("comment-reply")).toContainText(ANSWER);
  await expect(review.thread(QUESTION)).toHaveAttribute("data-state", "resolved");
  await expect(review.threads()).toHaveCount(1);

  // The accountant changes the number; comparing with the sent file shows it, and the thread is 已修改.
  await editor.typeInto(CELL.table, CELL.row, CELL.col, "20");
  await expect(review.thread(QUESTION).getByTestId("flag-modified")).toBeVisible();
  await review.compareWithFile(sent);
  await expect(page.getByTestId("compare-summary")).toContainText("数值 1 处");
  await expect(editor.cell(CELL.table, CELL.row, CELL.col)).toHaveAttribute("data-changed", "true");
  await expect(editor.cell(CELL.table, CELL.row, CELL.col)).toHaveAttribute("title", /对比：17\.11 → 20\.00/);
  await expect(review.changes().first()).toContainText("17.11 → 20.00");
  await editor.showTable("01");
  await review.changeList().focus();
  await page.keyboard.press("Enter");
  await expect(editor.tableView("03")).toBeVisible();
  await editor.expectFocused(CELL.table, CELL.row, CELL.col);
  await shot(page, "compare");
});
