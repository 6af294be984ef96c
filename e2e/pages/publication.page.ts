import type { Locator, Page } from "@playwright/test";
import { EditorPage } from "./editor.page";

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
  narrativeErrors(rule: string): Locator {
    return this.page
      .getByTestId("checks-narrative")
      .locator(`.severity-error[data-testid="finding-${rule}"]`);
  }

  /** Opens the 补充数据 form and types a value into one field (saved when the field is left). */
  async typeSupplement(key: string, value: string): Promise<void> {
    const field = this.view().getByTestId(`supplement-${key}`);
    if (!(await field.isVisible())) await this.view().getByRole("button", { name: "补充数据" }).click();
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
}
