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
  // The mark on the cell opens its thread from any tab.
  await review.tab("checks").click();
  await review.marker(CELL.table, CELL.row, CELL.col).click();
  await expect(review.tab("comments")).toHaveAttribute("aria-selected", "true");
  await expect(review.thread(QUESTION)).toHaveClass(/active/);
  const sent = await exported(docs, "送审稿.json");
  expect(JSON.parse(sent.text).comments[0].text).toBe(QUESTION);

  // The reviewer opens it in review mode: numbers read-only, comments allowed.
  const other = await secondBrowser(browser, testInfo);
  const reviewer = await open(other);
  await reviewer.review.openForReview(sent);
  await expect(reviewer.review.badge()).toHaveText("审阅模式");
  // The mode belongs to the document: a reload keeps it.
  await reviewer.docs.expectSaved();
  await other.reload();
  await expect(reviewer.review.banner()).toBeVisible();
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
  // The edit also moves the 10 published totals above it (stated values give way to computed ones).
  await editor.typeInto(CELL.table, CELL.row, CELL.col, "20");
  await expect(review.thread(QUESTION).getByTestId("flag-modified")).toBeVisible();
  await review.compareWithFile(sent);
  await expect(page.getByTestId("compare-summary")).toContainText("数值 11 处");
  await expect(editor.cell(CELL.table, CELL.row, CELL.col)).toHaveAttribute("data-changed", "true");
  await expect(editor.cell(CELL.table, CELL.row, CELL.col)).toHaveAttribute("title", /对比：17\.11 → 20\.00/);
  const change = review.changes().filter({ hasText: "基本支出" }).filter({ hasText: "17.11 → 20.00" });
  await expect(change).toHaveCount(1);
  await editor.showTable("01");
  await change.click();
  await expect(editor.tableView("03")).toBeVisible();
  await editor.expectFocused(CELL.table, CELL.row, CELL.col);
  await shot(page, "compare");
});

const SAMPLE = readFileSync(new URL("../public/samples/seed-2023.json", import.meta.url), "utf8");

test("comments on a table and on a finding, filters, detached threads, the printed appendix", async ({
  page,
}) => {
  // A received file with a thread on a 科目 row the document no longer has.
  const file = JSON.parse(SAMPLE);
  file.comments = [
    {
      id: "gone",
      anchor: { kind: "cell", table: "03", row: "2990101", col: "基本支出" },
      anchorLabel: "03表·2990101 其他支出·基本支出",
      createdAt: "2024-03-01T08:00:00.000Z",
      author: "王审核",
      text: "这一行为什么删了？",
      replies: [],
    },
  ];
  const { editor, docs, review } = await open(page);
  await docs.importFile({ name: "带批注.json", mimeType: "application/json", text: JSON.stringify(file) });
  await expect(docs.docName()).toHaveText("带批注");
  await review.openComments();
  const detached = review.thread("这一行为什么删了？");
  await expect(detached.getByTestId("flag-detached")).toContainText("科目 2990101 已不在03表中");

  await review.signIn("张会计");
  await page.getByTestId("comment-table").click();
  await page.getByTestId("new-comment-form").getByRole("textbox").fill("01表的说明请补充 <b>完整</b>");
  await page.getByTestId("new-comment-form").getByRole("button", { name: "保存批注" }).click();
  const tableThread = review.thread("01表的说明请补充 <b>完整</b>");
  await expect(tableThread).toBeVisible();
  await expect(page.getByTestId("comments-table-01")).toContainText("01表 收入支出决算总表");

  // A finding of the checks, commented from the 审核 tab.
  await review.tab("checks").click();
  const finding = page
    .locator("[data-testid^=finding-]")
    .filter({ has: page.getByTestId("finding-comment") })
    .first();
  await finding.getByTestId("finding-comment").click();
  await expect(page.getByTestId("new-comment")).toContainText("审核结果");
  await page.getByTestId("new-comment-form").getByRole("textbox").fill("这条错误下一稿更正");
  await page.getByTestId("new-comment-form").getByRole("button", { name: "保存批注" }).click();
  await expect(review.thread("这条错误下一稿更正")).toBeVisible();
  await expect(page.getByTestId("comments-open-count")).toHaveText("3");

  // Filters: mine, resolved.
  await review.panel().getByRole("button", { name: "我的", exact: true }).click();
  await expect(review.threads()).toHaveCount(2);
  await review.resolve(tableThread);
  await review.panel().getByRole("button", { name: "已解决", exact: true }).click();
  await expect(review.threads()).toHaveCount(1);
  await review.panel().getByRole("button", { name: "未解决", exact: true }).click();
  await expect(review.threads()).toHaveCount(2);
  await review.panel().getByRole("button", { name: "全部", exact: true }).click();
  await shot(page, "comments-filters");

  // Undo takes the resolution back, as any change.
  await editor.undoByButton();
  await expect(tableThread).toHaveAttribute("data-state", "open");

  // The printed appendix, when chosen; the text stays text.
  await page.getByTestId("open-preview").click();
  const preview = page.frameLocator('iframe[title="打印预览"]');
  await expect(preview.getByText("收入支出决算总表").first()).toBeVisible();
  await expect(preview.getByText("附录 批注")).toHaveCount(0);
  await page.getByTestId("include-comments").getByRole("checkbox").check();
  await expect(preview.getByText("附录 批注")).toBeVisible();
  await expect(preview.getByText("01表的说明请补充 <b>完整</b>")).toBeVisible();
  await expect(preview.getByText("位置已不存在：科目 2990101 已不在03表中", { exact: false })).toBeVisible();
});

test("compare with a copy saved in this browser: added rows and changed cells, walked with J/K", async ({
  page,
}) => {
  const { editor, docs, review } = await open(page);
  // Without stated totals, an edit changes one stored figure (stated ones would give way to their sums).
  await page.getByRole("button", { name: "全部改用计算值" }).click();
  await docs.expectSaved();
  const name = (await docs.docName().textContent()) ?? "";
  await docs.openList();
  await docs.duplicate(name);
  await expect(docs.row(`${name}（副本）`)).toHaveCount(1);
  await docs.closeList();

  await editor.showTable("03");
  await editor.addSubjectRow("03", "2120101");
  await expect(editor.message()).toHaveText("已添加科目 212、21201、2120101");
  await editor.typeInto("03", "2120101", "基本支出", "3");
  await editor.typeInto(CELL.table, CELL.row, CELL.col, "18");

  await review.tab("compare").click();
  const copy = page.getByTestId("compare-select").locator("option", { hasText: "（副本）" });
  await page.getByTestId("compare-select").selectOption((await copy.getAttribute("value")) ?? "");
  await page.getByTestId("compare-stored").click();
  await expect(page.getByTestId("compare-summary")).toContainText("数值 1 处，新增科目行 3 行");
  await expect(review.changes()).toHaveCount(4);
  await expect(review.changes().nth(0)).toContainText("17.11 → 18.00");
  await expect(review.changes().nth(3)).toContainText("新增科目行 2120101 行政运行：基本支出 3.00");
  await expect(editor.cell("03", "2120101", "基本支出")).toHaveAttribute("data-added", "true");
  await expect(editor.cell(CELL.table, CELL.row, CELL.col)).toHaveAttribute("data-changed", "true");

  await review.changeList().focus();
  await page.keyboard.press("j");
  await expect(review.changes().nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("k");
  await expect(review.changes().nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await editor.expectFocused(CELL.table, CELL.row, CELL.col);
  await shot(page, "compare-rows");

  // Undoing the edit takes it out of the comparison; 结束对比 clears the marks.
  await editor.undoByButton();
  await expect(review.changes()).toHaveCount(3);
  await expect(editor.cell(CELL.table, CELL.row, CELL.col)).not.toHaveAttribute("data-changed", "true");
  await page.getByTestId("compare-stop").click();
  await expect(editor.cell("03", "2120101", "基本支出")).not.toHaveAttribute("data-added", "true");
});

test("merge: differing values are listed, mine kept unless the file's is chosen; one undoable step", async ({
  page,
}) => {
  const { editor, docs, review } = await open(page);
  await docs.expectSaved();
  const returned = JSON.parse((await exported(docs, "草稿.json")).text);
  returned.tables["03"].rows["2010301"].基本支出 = "25.00";
  returned.tables["03"].rows["2010350"].基本支出 = "60.00";
  returned.comments = [
    {
      id: "from-reviewer",
      anchor: { kind: "cell", table: "03", row: "2010301", col: "基本支出" },
      createdAt: "2024-03-01T08:00:00.000Z",
      author: "王审核",
      text: "应为 25.00",
      replies: [],
    },
  ];
  await review.startMerge({ name: "审阅意见.json", text: JSON.stringify(returned) });
  await expect(page.getByTestId("merge-summary")).toHaveText("收到新批注 1 条。");
  const values = page.getByTestId("merge-value");
  await expect(values).toHaveCount(2);
  await expect(values.nth(0)).toContainText("17.11 → 25.00");
  await expect(values.nth(0).getByLabel("保留我的")).toBeChecked();
  await values.nth(0).getByLabel("采用文件的").check();
  await page.getByTestId("merge-confirm").click();
  await expect(editor.message()).toContainText("已合并：收到新批注 1 条。采用文件中的数值 1 处。");
  await editor.showTable("03");
  await editor.expectText("03", "2010301", "基本支出", "25.00");
  await editor.expectText("03", "2010350", "基本支出", "67.47");
  await expect(review.thread("应为 25.00")).toBeVisible();

  await editor.undoByButton();
  await editor.expectText("03", "2010301", "基本支出", "17.11");
  await expect(review.threads()).toHaveCount(0);
});
