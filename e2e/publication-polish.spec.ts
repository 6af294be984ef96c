import { test } from "./fixtures/app";
import { expect, PublicationPage } from "./pages/publication.page";

/**
 * Issue 13's polish: 部门概况's paragraphs moved (上移 / 下移, Alt+↑ / Alt+↓), the 自评表's texts written like its
 * figures, and 第二部分's heading the same in the view and in the printed 目录.
 */
test.describe("部门概况 order, 自评表 texts, 第二部分 heading", () => {
  test.describe.configure({ timeout: 120_000 });

  let ui: PublicationPage;

  test.beforeEach(async ({ page }) => {
    ui = new PublicationPage(page);
    await ui.open();
  });

  test("部门概况: 上移 / 下移 by button and by Alt+↑ / Alt+↓, undoable, not offered in 审阅模式", async () => {
    await ui.openPart("overview");
    const texts = ui.overviewTexts();
    const first = "1、主要负责产业集聚区园区建设。";
    const second = "2、负责研究制定经济发展战略";
    await expect(texts.nth(1)).toHaveText(first);
    await expect(ui.overviewMoveButton("部门职责", "up")).toBeDisabled();
    await expect(ui.overviewMoveButton("从决算单位构成看", "down")).toBeDisabled();
    await expect(ui.overviewMoveButton(first, "up")).toHaveAttribute("title", "上移（Alt+↑）");

    await ui.moveOverviewParagraph(first, "down", "button");
    await expect(texts.nth(1)).toContainText(second);
    await expect(texts.nth(2)).toHaveText(first);
    // The focus follows the paragraph, so the next Alt+↓ moves it again.
    await expect(ui.overviewMoveButton(first, "down")).toBeFocused();
    await ui.page.keyboard.press("Alt+ArrowDown");
    await expect(texts.nth(3)).toHaveText(first);

    await ui.moveOverviewParagraph(first, "up", "keyboard");
    await ui.moveOverviewParagraph(first, "up", "keyboard");
    await expect(texts.nth(1)).toHaveText(first);
    await ui.undoByKeyboard();
    await expect(texts.nth(2)).toHaveText(first);
    await ui.redoByKeyboard();
    await expect(texts.nth(1)).toHaveText(first);
    await ui.moveOverviewParagraph(first, "down", "button");
    await ui.screenshots("overview-moved");

    await ui.enterReviewMode();
    await ui.overviewParagraphs().filter({ hasText: first }).hover();
    await expect(ui.view().getByRole("button", { name: "上移这一段" })).toHaveCount(0);
    await expect(ui.view().getByRole("button", { name: "下移这一段" })).toHaveCount(0);
  });

  test("部门概况: Alt+↓ while rewriting a paragraph moves nothing; Esc closes the field as it was", async () => {
    await ui.openPart("overview");
    const texts = ui.overviewTexts();
    const first = "1、主要负责产业集聚区园区建设。";
    const second = await texts.nth(2).textContent();
    const field = await ui.startRewritingOverview(first, "甲");
    await ui.page.keyboard.press("Alt+ArrowDown");
    await ui.page.keyboard.press("Alt+ArrowUp");
    await expect(field).toHaveValue(`${first}甲`);
    await ui.page.keyboard.press("Escape");
    await expect(field).toHaveCount(0);
    // Nothing moved, nothing was written over: both paragraphs read as before, focus back on 改文字.
    await expect(texts.nth(1)).toHaveText(first);
    await expect(texts.nth(2)).toHaveText(second ?? "");
    await expect(ui.overviewParagraphs().nth(1).getByRole("button", { name: "改文字" })).toBeFocused();
    // A rewrite finished with 完成 is kept, and the paragraphs stay where they were.
    await ui.rewriteOverviewParagraph(first, `${first}乙`);
    await expect(texts.nth(1)).toHaveText(`${first}乙`);
    await expect(texts.nth(2)).toHaveText(second ?? "");
  });

  test("附件: 年度总体目标, 主要任务, 指标名称 and the heading are written, undone, printed; read-only in 审阅模式", async () => {
    await ui.openPart("attachments");
    const expected = ui.attachmentText("goals", "expected");
    await expect(expected).toHaveValue("负责产业集聚区园区建设。完成区党工委、管委会交办的其他任务。");
    await ui.typeAttachmentCell(expected, "负责园区建设与招商。");
    await ui.typeAttachmentCell(ui.attachmentText("goals", "achieved"), "已完成园区建设年度任务。");
    await ui.typeAttachmentCell(ui.attachmentCell("indicator", 0, "level1"), "投入指标");
    await ui.typeAttachmentCell(
      ui.attachmentText("heading", "department"),
      "焦作经济技术产业集聚区管理委员会",
    );
    await expect(ui.attachmentCell("task", 0, "name")).toHaveValue("推进“百园增效”行动。做好项目跟踪服务");
    await ui.addAttachmentTask();
    await ui.typeAttachmentCell(ui.attachmentCell("task", 3, "name"), "新增任务甲");
    await ui.undoByKeyboard();
    await expect(ui.attachmentCell("task", 3, "name")).toHaveValue("");
    await ui.redoByKeyboard();
    await expect(ui.attachmentCell("task", 3, "name")).toHaveValue("新增任务甲");
    await ui.undoByKeyboard();
    await ui.undoByKeyboard();
    await ui.undoByKeyboard();
    await ui.undoByKeyboard();
    await expect(ui.attachmentCell("indicator", 0, "level1")).toHaveValue("投入管理指标");
    await ui.redoByKeyboard();
    await ui.redoByKeyboard();
    await ui.redoByKeyboard();
    await expect(ui.attachmentCell("indicator", 0, "level1")).toHaveValue("投入指标");
    await expect(ui.attachmentText("heading", "department")).toHaveValue("焦作经济技术产业集聚区管理委员会");
    await ui.selfEvaluation().scrollIntoViewIfNeeded();
    await ui.screenshots("attachment-texts");

    await ui.enterReviewMode();
    await expect(expected).toHaveAttribute("readonly", "");
    await expect(ui.attachmentCell("task", 0, "content")).toHaveAttribute("readonly", "");
    await expect(ui.attachmentCell("indicator", 0, "level2")).toHaveAttribute("readonly", "");
    await expect(ui.view().getByTestId("att-0-task-add")).toHaveCount(0);

    const preview = await ui.openPrintPreview();
    const printed = preview.locator("table.self-evaluation").first();
    await expect(printed).toContainText("负责园区建设与招商。");
    await expect(printed).toContainText("已完成园区建设年度任务。");
    await expect(printed).toContainText("推进“百园增效”行动。做好项目跟踪服务");
    await expect(preview.locator("table.indicators tbody tr").first()).toContainText("投入指标");
    await expect(preview.locator(".pub-attachment-line")).toHaveText(/焦作经济技术产业集聚区管理委员会$/);
  });

  test("第二部分 reads the same in the view and in the printed 目录, with the department as the seed prints it", async () => {
    await ui.openPart("overview");
    const heading = "第二部分 2023 年度焦作经济技术产业集聚区管理委员会部门决算表";
    await expect(ui.tablesHeading()).toHaveText(heading);
    const preview = await ui.openPrintPreview();
    await expect(preview.locator("section.contents .toc-part").nth(1)).toHaveText(heading);
    await ui.screenshots("print-preview");
  });
});
