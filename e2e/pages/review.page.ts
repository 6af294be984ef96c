import type { Locator, Page } from "@playwright/test";
import { expect } from "./editor.page";

export interface ReviewFile {
  name: string;
  text: string;
}

/**
 * 审阅 as a user handles it: the side panel's 批注 and 对比 tabs, threads (reply, resolve), the reviewer's
 * name, 审阅模式 (banner, header badge, 以审阅模式打开), 合并审阅意见 and 版本对比.
 */
export class ReviewPage {
  constructor(readonly page: Page) {}

  tab(name: "checks" | "comments" | "compare"): Locator {
    return this.page.getByTestId(`side-tab-${name}`);
  }

  panel(): Locator {
    return this.page.getByTestId("comments-panel");
  }

  async openComments(): Promise<void> {
    // Below 1,400 px wide the panel starts folded to its strip.
    const strip = this.page.getByTestId("checks-open");
    if (await strip.isVisible()) await strip.click();
    await this.tab("comments").click();
    await expect(this.panel()).toBeVisible();
  }

  /** Gives the name put on comments, when asked (once per browser). */
  async signIn(name: string): Promise<void> {
    const prompt = this.page.getByTestId("name-prompt");
    await prompt.getByRole("textbox").fill(name);
    await prompt.getByRole("button", { name: "确定" }).click();
    await expect(this.page.getByTestId("reviewer-name")).toContainText(name);
  }

  /** Writes a thread on the selected cell (the cell must be focused first). */
  async commentSelectedCell(text: string): Promise<void> {
    await this.page.getByTestId("comment-cell").click();
    await this.page.getByTestId("new-comment-form").getByRole("textbox").fill(text);
    await this.page.getByTestId("new-comment-form").getByRole("button", { name: "保存批注" }).click();
    await expect(this.page.getByTestId("new-comment")).toHaveCount(0);
  }

  threads(): Locator {
    return this.page.getByTestId("comment-thread");
  }

  thread(text: string): Locator {
    return this.threads().filter({ has: this.page.getByTestId("comment-text").getByText(text) });
  }

  async reply(thread: Locator, text: string): Promise<void> {
    await thread.getByRole("button", { name: "回复", exact: true }).click();
    await thread.getByTestId("reply-form").getByRole("textbox").fill(text);
    await thread.getByTestId("reply-form").getByRole("button", { name: "回复" }).click();
    await expect(thread.getByTestId("comment-reply").getByText(text)).toBeVisible();
  }

  async resolve(thread: Locator): Promise<void> {
    await thread.getByRole("button", { name: "解决", exact: true }).click();
    await expect(thread).toHaveAttribute("data-state", "resolved");
  }

  /** The marker AmountCell draws on a commented cell. */
  marker(table: string, row: string, col: string): Locator {
    return this.page.getByTestId(`comment-mark-${table}-${row}-${col}`);
  }

  // ── Review mode ─────────────────────────────────────────────────────────────────────────────────

  banner(): Locator {
    return this.page.getByTestId("review-banner");
  }

  badge(): Locator {
    return this.page.getByTestId("review-badge");
  }

  async openForReview(file: ReviewFile): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByTestId("open-for-review").click();
    await (await chooser).setFiles({
      name: file.name,
      mimeType: "application/json",
      buffer: Buffer.from(file.text),
    });
    await expect(this.banner()).toBeVisible();
  }

  // ── Merge and compare ───────────────────────────────────────────────────────────────────────────

  async startMerge(file: ReviewFile): Promise<void> {
    await this.openComments();
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByTestId("merge-button").click();
    await (await chooser).setFiles({
      name: file.name,
      mimeType: "application/json",
      buffer: Buffer.from(file.text),
    });
  }

  mergeView(): Locator {
    return this.page.getByTestId("merge-view");
  }

  async compareWithFile(file: ReviewFile): Promise<void> {
    await this.tab("compare").click();
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByTestId("compare-file").click();
    await (await chooser).setFiles({
      name: file.name,
      mimeType: "application/json",
      buffer: Buffer.from(file.text),
    });
    await expect(this.page.getByTestId("compare-summary")).toBeVisible();
  }

  changes(): Locator {
    return this.page.getByTestId("compare-change");
  }

  changeList(): Locator {
    return this.page.getByTestId("compare-list");
  }
}
