import type { FrameLocator, Locator, Page } from "@playwright/test";
import { EditorPage, expect } from "./editor.page";

export { expect } from "./editor.page";

/** Where the screenshots of the publication view go (looked at by hand, not compared). */
export const SCREENSHOTS = "test-results/publication";

/**
 * The publication's text as a user sees it: reached from the table list (部门概况, 情况说明, 名词解释,
 * 附件), sections of 情况说明 with live figures, paragraph editing, and the 表文一致 findings in 审核结果.
 */
export class PublicationPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  view(): Locator {
    return this.page.getByTestId("publication-view");
  }

  async openNarrative(): Promise<void> {
    await this.page.getByTestId("nav-pub-narrative").click();
    await this.view().waitFor();
  }

  section(id: string): Locator {
    return this.view().getByTestId(`pub-section-${id}`);
  }

  /** The paragraph of a section whose printed text contains `text`. */
  paragraph(sectionId: string, text: string): Locator {
    return this.section(sectionId).getByTestId("pub-paragraph").filter({ hasText: text });
  }

  /** A section's figures shown with the sign printed after them ("16.65%"), kept on one line. */
  figuresWithSign(sectionId: string): Locator {
    return this.section(sectionId).locator(".pub-figure-sign");
  }

  /** The text a shown finding marks in a section (in a paragraph's text or its bold item title). */
  marks(sectionId: string): Locator {
    return this.section(sectionId).getByTestId("pub-mark");
  }

  /** 配图's choice for a section: none, bar or pie. */
  chartChoice(sectionId: string, kind: "none" | "bar" | "pie"): Locator {
    return this.section(sectionId).getByTestId(`pub-chart-${kind}-${sectionId}`);
  }

  /** A chart's text lines that reach past its SVG's edges (clipped on screen and on paper). */
  static async clippedLabels(chart: Locator): Promise<string[]> {
    return chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("text")]
        .filter((t) => {
          const line = t.getBoundingClientRect();
          return line.right > box.right + 0.5 || line.left < box.left - 0.5;
        })
        .map((t) => t.textContent ?? "");
    });
  }

  formula(): Locator {
    return this.view().getByTestId("pub-formula");
  }

  /** 审核结果's 表文一致 group and its findings of one rule. */
  narrativeFindings(rule?: string): Locator {
    const group = this.page.getByTestId("checks-narrative");
    return rule ? group.getByTestId(`finding-${rule}`) : group;
  }

  /** The 表文一致 errors of one rule. */
  /** The 补充数据 buttons of a shown 表文一致 finding (each opens the form at its field). */
  findingFields(finding: Locator): Locator {
    return finding.getByTestId("finding-fields").getByRole("button");
  }

  narrativeErrors(rule: string): Locator {
    return this.page
      .getByTestId("checks-narrative")
      .locator(`.severity-error[data-testid="finding-${rule}"]`);
  }

  /** Opens the 补充数据 form (its button toggles it). */
  async openSupplement(): Promise<void> {
    await this.view().getByRole("button", { name: "补充数据" }).click();
  }

  /** Opens the 补充数据 form and types a value into one field (saved when the field is left). */
  async typeSupplement(key: string, value: string): Promise<void> {
    const field = this.view().getByTestId(`supplement-${key}`);
    if (!(await field.isVisible())) await this.openSupplement();
    await field.fill(value);
    await field.blur();
  }

  /** 打开上年文档 with a document file chosen in the file dialog. */
  async openPreviousYear(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.view().getByTestId("pub-previous-year").click();
    await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  supplementField(key: string): Locator {
    return this.view().getByTestId(`supplement-${key}`);
  }

  /** 全部改用计算值: every stated total dropped, so totals follow the entered cells. */
  async dropStatedTotals(): Promise<void> {
    await this.page.getByRole("button", { name: "全部改用计算值" }).click();
  }

  /** Makes the n-th figure of a paragraph plain text and rewrites the text run before it. */
  async retypeFigure(paragraph: Locator, figure: number, textBefore: string): Promise<void> {
    await paragraph.hover();
    await paragraph.getByRole("button", { name: "改文字" }).click();
    await paragraph.getByTestId("pub-figure-to-text").nth(figure).click();
    const field = paragraph.getByTestId("pub-run-input").first();
    await field.fill(textBefore);
    await paragraph.getByTestId("pub-edit-done").click();
  }

  // ── The parts besides 情况说明: 部门概况, 名词解释, 附件 ─────────────────────────────────────────────

  /** Clicks a part in the left nav (部门概况, 情况说明, 名词解释, 附件). */
  async openPart(part: "overview" | "narrative" | "glossary" | "attachments"): Promise<void> {
    await this.navPart(part).click();
    await this.view().waitFor();
  }

  navPart(part: "overview" | "narrative" | "glossary" | "attachments"): Locator {
    return this.page.getByTestId(`nav-pub-${part}`);
  }

  /** A part's heading (第一部分 … 第五部分). */
  partHeading(part: "overview" | "narrative" | "glossary" | "attachments"): Locator {
    return this.view().locator(`#pub-${part}`);
  }

  toolbar(): Locator {
    return this.view().locator(".pub-toolbar");
  }

  overviewParagraphs(): Locator {
    return this.view().getByTestId("pub-overview").getByTestId("pub-paragraph");
  }

  /** The 部门概况 paragraphs' and headings' text as shown (without their tools). */
  overviewTexts(): Locator {
    return this.overviewParagraphs().locator("h3, p");
  }

  /** Writes a new 部门概况 paragraph (or sub-heading) after the paragraph holding `after`. */
  async addOverviewParagraph(after: string, text: string, heading = false): Promise<void> {
    const paragraph = this.overviewParagraphs().filter({ hasText: after });
    await paragraph.hover();
    await paragraph.getByTestId("pub-overview-add").click();
    const form = this.view().getByTestId("pub-overview-form");
    await form.getByTestId("pub-overview-input").fill(text);
    if (heading) await form.getByLabel("作为小标题").check();
    await form.getByTestId("pub-overview-save").click();
  }

  async removeOverviewParagraph(text: string): Promise<void> {
    const paragraph = this.overviewParagraphs().filter({ hasText: text });
    await paragraph.hover();
    await paragraph.getByTestId("pub-overview-remove").click();
  }

  /** 改文字 on a 部门概况 paragraph: its (only) text run rewritten. */
  async rewriteOverviewParagraph(text: string, newText: string): Promise<void> {
    const paragraph = this.overviewParagraphs().filter({ hasText: text });
    await paragraph.hover();
    await paragraph.getByRole("button", { name: "改文字" }).click();
    const field = this.view().getByTestId("pub-overview").getByTestId("pub-run-input");
    await field.fill(newText);
    await this.view().getByTestId("pub-edit-done").click();
  }

  /** Opens 改文字 on the 部门概况 paragraph holding `text` and types `typed` at the end of its field. */
  async startRewritingOverview(text: string, typed: string): Promise<Locator> {
    const paragraph = this.overviewParagraphs().filter({ hasText: text });
    await paragraph.hover();
    await paragraph.getByRole("button", { name: "改文字" }).click();
    const field = this.view().getByTestId("pub-overview").getByTestId("pub-run-input");
    await field.press("End");
    await field.pressSequentially(typed);
    return field;
  }

  /** 上移 / 下移 of the 部门概况 paragraph holding `text`, by its button or by Alt+↑ / Alt+↓ from its tools. */
  async moveOverviewParagraph(text: string, by: "up" | "down", via: "button" | "keyboard"): Promise<void> {
    const paragraph = this.overviewParagraphs().filter({ hasText: text });
    await paragraph.hover();
    if (via === "button") {
      await paragraph.getByRole("button", { name: by === "up" ? "上移这一段" : "下移这一段" }).click();
      return;
    }
    await paragraph.getByRole("button", { name: "改文字" }).focus();
    await this.page.keyboard.press(by === "up" ? "Alt+ArrowUp" : "Alt+ArrowDown");
  }

  /** A 部门概况 paragraph's 上移 or 下移 button. */
  overviewMoveButton(text: string, by: "up" | "down"): Locator {
    return this.overviewParagraphs()
      .filter({ hasText: text })
      .getByRole("button", { name: by === "up" ? "上移这一段" : "下移这一段" });
  }

  glossaryEntries(): Locator {
    return this.view().getByTestId("pub-glossary-entry");
  }

  glossaryEntry(term: string): Locator {
    return this.glossaryEntries().filter({ has: this.page.locator("strong", { hasText: `${term}：` }) });
  }

  private async fillGlossaryForm(term: string, definition: string): Promise<void> {
    const form = this.view().getByTestId("pub-glossary-form");
    await form.getByTestId("pub-glossary-term").fill(term);
    await form.getByTestId("pub-glossary-definition").fill(definition);
    await form.getByTestId("pub-glossary-save").click();
  }

  async addGlossaryTerm(term: string, definition: string): Promise<void> {
    await this.view().getByTestId("pub-glossary-add").click();
    await this.fillGlossaryForm(term, definition);
  }

  async editGlossaryTerm(term: string, newTerm: string, definition: string): Promise<void> {
    const entry = this.glossaryEntry(term);
    await entry.hover();
    await entry.getByRole("button", { name: "修改" }).click();
    await this.fillGlossaryForm(newTerm, definition);
  }

  async removeGlossaryTerm(term: string): Promise<void> {
    const entry = this.glossaryEntry(term);
    await entry.hover();
    await entry.getByRole("button", { name: "删除" }).click();
  }

  /** The attached 自评表 (the first attachment holding one, at its index). */
  selfEvaluation(attachment = 0): Locator {
    return this.view().getByTestId(`pub-attachment-table-${attachment}`);
  }

  /** A cell of the 自评表's 部门预算总额 block ("executed" = 全年执行数), an indicator's or a 年度主要任务's. */
  attachmentCell(
    part: "budget" | "indicator" | "task",
    row: number,
    column: string,
    attachment = 0,
  ): Locator {
    return this.view().getByTestId(`att-${attachment}-${part}-${row}-${column}`);
  }

  /** A text of the 自评表 without a row: its heading (title, year, department) or a 年度总体目标 goal. */
  attachmentText(part: "heading" | "goals", column: string, attachment = 0): Locator {
    return this.view().getByTestId(`att-${attachment}-${part}-${column}`);
  }

  async addAttachmentTask(attachment = 0): Promise<void> {
    await this.view().getByTestId(`att-${attachment}-task-add`).click();
  }

  /** 打印预览: opened from the header; its page is the printable HTML. */
  async openPrintPreview(): Promise<FrameLocator> {
    await this.page.getByTestId("open-preview").click();
    const preview = this.page.frameLocator('iframe[title="打印预览"]');
    await preview.locator("section.contents").waitFor();
    return preview;
  }

  /** The heading of 第二部分 in the view. */
  tablesHeading(): Locator {
    return this.view().locator("#pub-tables");
  }

  async typeAttachmentCell(cell: Locator, text: string): Promise<void> {
    await cell.fill(text);
    await cell.blur();
  }

  async addSelfEvaluation(): Promise<void> {
    await this.view().getByTestId("pub-attachment-add").click();
  }

  // ── 生成情况说明 and 审阅模式 ───────────────────────────────────────────────────────────────────

  generateButton(): Locator {
    return this.view().getByTestId("pub-generate");
  }

  generateConfirm(): Locator {
    return this.view().getByTestId("pub-generate-confirm");
  }

  async enterReviewMode(): Promise<void> {
    await this.page.getByTestId("review-toggle").click();
    await expect(this.page.getByTestId("review-toggle")).toHaveText("审阅模式");
  }

  /** Screenshots of the whole window at 1280×720 and 1440×900 (the window is left at 1440×900). */
  async screenshots(name: string): Promise<void> {
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await this.page.setViewportSize({ width, height });
      await this.page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}x${height}.png` });
    }
  }
}
