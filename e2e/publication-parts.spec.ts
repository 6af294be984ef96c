import { test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { expect, PublicationPage } from "./pages/publication.page";

/**
 * The whole publication written in the app (issue 13 item 1; QA defects 1, 2, 5, 9, 11): a new department
 * writes 部门概况, edits the template's 名词解释 and fills the 自评表; the sample's 自评表 is shown and its
 * N-19 cell corrected; 审阅模式 offers no text tools; 生成情况说明 asks before replacing written text.
 */
test.describe("文字部分的编写", () => {
  test.describe.configure({ timeout: 120_000 });

  let ui: PublicationPage;

  test.beforeEach(async ({ page }) => {
    ui = new PublicationPage(page);
    await ui.open();
  });

  test("a new document: 部门概况 written, 名词解释 from the template edited, the 自评表 added and checked", async ({
    page,
  }) => {
    const documents = new DocumentsPage(page);
    await documents.openList();
    await documents.createDocument({ department: "测试局", year: "2025", unit: "万元" });
    await ui.openPart("overview");
    await expect(ui.overviewTexts()).toHaveText(["一、测试局部门职责", "二、机构设置"]);
    await expect(ui.glossaryEntries()).toHaveCount(18);

    await ui.addOverviewParagraph("部门职责", "1、负责全区财政收支管理。");
    await ui.addOverviewParagraph("二、机构设置", "本部门为一级部门，无下属单位。");
    await ui.addOverviewParagraph("部门职责", "2、完成上级交办的其他任务。");
    await expect(ui.overviewTexts()).toHaveText([
      "一、测试局部门职责",
      "2、完成上级交办的其他任务。",
      "1、负责全区财政收支管理。",
      "二、机构设置",
      "本部门为一级部门，无下属单位。",
    ]);
    await ui.removeOverviewParagraph("2、完成上级交办");
    await ui.rewriteOverviewParagraph("1、负责全区", "1、负责全区财政收支和国有资产管理。");
    await expect(ui.overviewTexts().nth(1)).toHaveText("1、负责全区财政收支和国有资产管理。");
    await ui.undoByKeyboard();
    await expect(ui.overviewTexts().nth(1)).toHaveText("1、负责全区财政收支管理。");
    await ui.redoByKeyboard();

    await ui.addGlossaryTerm("专项资金", "指财政安排用于特定事项的资金。");
    await expect(ui.glossaryEntries()).toHaveCount(19);
    await ui.addGlossaryTerm("事业收入", "重复的名词。");
    await expect(ui.message()).toHaveText("名词解释中已有“事业收入”，未保存");
    await ui.view().getByTestId("pub-glossary-form").getByRole("button", { name: "取消" }).click();
    await ui.editGlossaryTerm("专项资金", "专项资金", "指财政安排用于特定事项、专款专用的资金。");
    await expect(ui.glossaryEntry("专项资金")).toContainText("专款专用");
    await ui.removeGlossaryTerm("事业收入");
    await expect(ui.glossaryEntries()).toHaveCount(18);
    await ui.undoByKeyboard();
    await expect(ui.glossaryEntry("事业收入")).toHaveCount(1);

    await ui.addSelfEvaluation();
    await expect(ui.selfEvaluation()).toBeVisible();
    // Its row names are fields too (written like its figures).
    await expect(ui.attachmentCell("budget", 0, "label")).toHaveValue("部门预算总额");
    await ui.typeAttachmentCell(ui.attachmentCell("budget", 0, "executed"), "12.00");
    await expect(ui.narrativeErrors("N-19")).toHaveCount(1);
    await ui.narrativeErrors("N-19").getByRole("button").first().click();
    await expect(ui.attachmentCell("budget", 0, "executed")).toHaveClass(/pub-focused/);
    await ui.screenshots("new-document-parts");

    // Autosaved: after a reload the document comes back with every part as written.
    await documents.expectSaved();
    await page.reload();
    await ui.openPart("attachments");
    await expect(ui.attachmentCell("budget", 0, "executed")).toHaveValue("12.00");
    await expect(ui.overviewParagraphs()).toHaveCount(4);
    await expect(ui.glossaryEntry("专项资金")).toContainText("专款专用");
    await ui.openPart("overview");
    const heading = ui.overviewParagraphs().filter({ hasText: "二、机构设置" });
    await heading.hover();
    await heading.getByTestId("pub-overview-add").click();
    await ui.screenshots("new-document-overview");
  });

  test("the sample's 自评表 is shown; N-19 marks its 全年执行数 cell, and correcting it clears the error", async () => {
    await ui.openPart("attachments");
    const executed = ui.attachmentCell("budget", 0, "executed");
    await expect(executed).toHaveValue("508.72");
    const n19 = ui.narrativeFindings("N-19").filter({ hasText: "全年执行数" });
    await n19.getByRole("button").first().click();
    await expect(executed).toHaveClass(/pub-focused/);
    await expect(executed).toBeInViewport();
    await ui.typeAttachmentCell(executed, "507.92");
    await expect(n19).toHaveCount(0);
    await ui.undoByKeyboard();
    await expect(executed).toHaveValue("508.72");
    await expect(n19).toHaveCount(1);
    // Taken last: at 1280×720 the 审核结果 panel folds.
    await ui.screenshots("sample-attachment-n19");
  });

  test("审阅模式: no text tools, 补充数据 read-only; outside it a refused value gives way to the stored one", async () => {
    await ui.openNarrative();
    await ui.view().getByRole("button", { name: "补充数据" }).click();
    const field = ui.supplementField("上年收支总计");
    const stored = await field.inputValue();
    await ui.typeSupplement("上年收支总计", "abc");
    await expect(ui.message()).toContainText("未保存“abc”");
    await expect(field).toHaveValue(stored);

    await ui.enterReviewMode();
    await expect(ui.generateButton()).toBeDisabled();
    await expect(ui.view().getByTestId("pub-link")).toBeDisabled();
    await expect(ui.view().getByTestId("pub-previous-year")).toBeDisabled();
    await expect(field).toHaveAttribute("readonly", "");
    const paragraph = ui.paragraph("八", "");
    await paragraph.first().hover();
    await expect(ui.view().getByRole("button", { name: "改文字" })).toHaveCount(0);
    await expect(ui.view().getByTestId("pub-glossary-add")).toHaveCount(0);
    await expect(ui.view().getByTestId("pub-overview-add-end")).toHaveCount(0);
    await expect(ui.attachmentCell("budget", 0, "executed")).toHaveAttribute("readonly", "");
    await expect(ui.chartChoice("三", "pie")).toBeDisabled();
    await ui.screenshots("review-mode-narrative");
  });

  test("生成情况说明 over the sample's text says what it replaces and asks: 取消 keeps it, 继续 replaces it", async () => {
    await ui.openNarrative();
    const written = ui.paragraph("五", "年初预算为 18.85");
    await expect(written).toHaveCount(1);
    await ui.generateButton().click();
    await expect(ui.generateConfirm()).toContainText("现有 13 节");
    await expect(ui.generateConfirm()).toContainText("写有原因说明");
    await ui.screenshots("generate-confirm");
    await ui.generateConfirm().getByRole("button", { name: "取消" }).click();
    await expect(ui.generateConfirm()).toHaveCount(0);
    await expect(written).toHaveCount(1);
    await ui.generateButton().click();
    await ui.generateConfirm().getByRole("button", { name: "继续" }).click();
    await expect(ui.message()).toContainText("已按模板生成情况说明");
    await expect(ui.section("五")).toContainText("（请填写原因）");
  });

  test("the left nav scrolls each part's heading below the toolbar and shows it as current", async () => {
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await ui.page.setViewportSize(size);
      for (const part of ["overview", "narrative", "glossary"] as const) {
        await ui.openPart(part);
        await expect(ui.navPart(part)).toHaveAttribute("aria-current", "location");
        await expect(ui.partHeading(part)).toBeInViewport();
        // The heading's top is at or below the sticky toolbar's bottom (not hidden under it).
        await expect
          .poll(async () => {
            const bar = await ui.toolbar().boundingBox();
            const heading = await ui.partHeading(part).boundingBox();
            return bar && heading ? heading.y - (bar.y + bar.height) : -1;
          })
          .toBeGreaterThanOrEqual(0);
      }
      await ui.page.screenshot({
        path: `test-results/publication/nav-glossary-${size.width}x${size.height}.png`,
      });
    }
  });
});
