import type { Download, Locator, Page } from "@playwright/test";
import { expect } from "../fixtures/app";

export interface FileToImport {
  name: string;
  mimeType: string;
  text: string;
}

/** The 上海 layouts' option texts in 新建's 格式 list. */
export const SHANGHAI_26 = "上海 2024/2025 年度格式：支出功能分类 26 类（含债务还本、付息）";
export const SHANGHAI_24 = "上海 2024/2025 年度格式：支出功能分类 24 类（不含债务还本、付息）";

export interface NewDocument {
  department: string;
  year: string;
  unit: "万元" | "元";
  /** A template's option text; the first template when omitted. */
  template?: string;
}

/**
 * Documents as a user handles them: the header's save status and 文档 / 导入 / 导出 JSON buttons, the 文档
 * dialog (list, 新建, 打开, 重命名, 复制, 删除, 打开示例), import problems and the read-only banner.
 */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  // ── Header ──────────────────────────────────────────────────────────────────────────────────────

  saveStatus(): Locator {
    return this.page.getByTestId("save-status");
  }

  /** Everything is stored (`data-state` is the exact state; the text lags a moment behind it). */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveAttribute("data-state", "saved");
    await expect(this.saveStatus()).toHaveText("已保存");
  }

  /** The open document's name in the list (shown in the header). */
  docName(): Locator {
    return this.page.getByTestId("doc-name");
  }

  department(): Locator {
    return this.page.getByTestId("doc-department");
  }

  /** The header's 年度 (“2023 年度”). */
  year(): Locator {
    return this.page.getByTestId("doc-year");
  }

  documentsButton(): Locator {
    return this.page.getByRole("button", { name: "文档", exact: true });
  }

  importButton(): Locator {
    return this.page.getByRole("button", { name: "导入", exact: true });
  }

  exportButton(): Locator {
    return this.page.getByRole("button", { name: "导出 JSON", exact: true });
  }

  /** Clicks 导出 JSON and returns the download. */
  async exportJson(): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.exportButton().click();
    return download;
  }

  // ── Import ──────────────────────────────────────────────────────────────────────────────────────

  /** Imports through the header's 导入 file picker. */
  async importFile(file: FileToImport): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.importButton().click();
    await (await chooser).setFiles({
      name: file.name,
      mimeType: file.mimeType,
      buffer: Buffer.from(file.text),
    });
  }

  /**
   * Drops a file on the window, as dragging it from the desktop does. `bytes` makes a file of that size
   * in the page (zeros) instead of sending `text` over.
   */
  async dropFile(file: { name: string; mimeType: string; text?: string; bytes?: number }): Promise<void> {
    await this.page.evaluate(({ name, mimeType, text, bytes }) => {
      const content = bytes !== undefined ? new Uint8Array(bytes) : (text ?? "");
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: mimeType }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, file);
  }

  importFailure(): Locator {
    return this.page.getByTestId("import-failure");
  }

  /** The import failure's listed problems, one “where：what” line each. */
  importFailureProblems(): Locator {
    return this.importFailure().locator("li");
  }

  /** The import failure's own 载入模板 (offered when the file's template is unknown): picks `file`. */
  async loadMissingTemplate(file: FileToImport): Promise<void> {
    await expect(this.importFailure().getByRole("button", { name: "载入模板…" })).toBeVisible();
    await this.importFailure()
      .getByTestId("missing-template-input")
      .setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) });
  }

  async dismissImportFailure(): Promise<void> {
    await this.importFailure().getByRole("button", { name: "知道了" }).click();
    await expect(this.importFailure()).toHaveCount(0);
  }

  // ── Read-only (another tab) ─────────────────────────────────────────────────────────────────────

  readOnlyBanner(): Locator {
    return this.page.getByTestId("read-only-banner");
  }

  async reloadNewest(): Promise<void> {
    await this.readOnlyBanner().getByRole("button", { name: "重新载入" }).click();
    await expect(this.readOnlyBanner()).toHaveCount(0);
  }

  // ── 文档 dialog ─────────────────────────────────────────────────────────────────────────────────

  dialog(): Locator {
    return this.page.getByTestId("documents-dialog");
  }

  rows(): Locator {
    return this.dialog().getByTestId("document-row");
  }

  row(name: string): Locator {
    return this.rows().filter({
      has: this.page.getByTestId("document-name").getByText(name, { exact: true }),
    });
  }

  async openList(): Promise<void> {
    await this.documentsButton().click();
    await expect(this.dialog()).toBeVisible();
  }

  async closeList(): Promise<void> {
    await this.dialog().getByRole("button", { name: "关闭" }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** The names in the list, most recently saved first. */
  async names(): Promise<string[]> {
    return this.rows().getByTestId("document-name").allTextContents();
  }

  async expectNames(expected: string[]): Promise<void> {
    await expect(this.rows().getByTestId("document-name")).toHaveText(expected);
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByRole("button", { name: "打开" }).click();
    await expect(this.dialog()).toBeHidden();
    await expect(this.docName()).toHaveText(name);
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.row(name).getByRole("button", { name: "重命名" }).click();
    const input = this.dialog().getByRole("textbox", { name: "新名称" });
    await input.fill(newName);
    await input.press("Enter");
    await expect(this.row(newName)).toHaveCount(1);
  }

  async duplicate(name: string): Promise<void> {
    await this.row(name).getByRole("button", { name: "复制" }).click();
  }

  async remove(name: string): Promise<void> {
    const row = this.row(name);
    await row.getByRole("button", { name: "删除", exact: true }).click();
    await row.getByRole("button", { name: "确定删除" }).click();
    await expect(this.row(name)).toHaveCount(0);
  }

  async openSample(): Promise<void> {
    await this.dialog().getByRole("button", { name: "打开示例" }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Opens the 新建 form in the 文档 dialog (the list must be open) and returns it, as it first shows. */
  async openNewForm(): Promise<Locator> {
    await this.dialog().getByRole("button", { name: "新建文档" }).click();
    const panel = this.dialog().getByTestId("new-document-form");
    await expect(panel).toBeVisible();
    return panel;
  }

  /** 文档信息: opened from the header's department, year and unit. */
  documentInfoForm(): Locator {
    return this.page.getByTestId("doc-info-form");
  }

  /** Changes department, year and unit through 文档信息 and confirms. */
  async editDocumentInfo(form: NewDocument): Promise<void> {
    await this.page.getByTestId("doc-info").click();
    const panel = this.documentInfoForm();
    await panel.getByLabel("部门").fill(form.department);
    await panel.getByLabel("年度").fill(form.year);
    await panel.getByLabel(form.unit, { exact: true }).check();
    await panel.getByRole("button", { name: "确定" }).click();
  }

  /** 文档信息 → 科目编码: "一栏" or "类/款/项 三栏", then 确定. */
  async chooseCodeDisplay(choice: "一栏" | "类/款/项 三栏"): Promise<void> {
    await this.page.getByTestId("doc-info").click();
    const panel = this.documentInfoForm();
    await panel.getByRole("radiogroup", { name: "科目编码" }).getByLabel(choice).check();
    await panel.getByRole("button", { name: "确定" }).click();
    await expect(panel).toHaveCount(0);
  }

  /** 载入模板 in the 文档 dialog (the list must be open): reads the file and waits for the outcome. */
  async loadTemplate(path: string, outcome: string | RegExp): Promise<void> {
    await this.dialog().getByTestId("template-input").setInputFiles(path);
    await expect(this.dialog().getByTestId("template-load-outcome")).toHaveText(outcome);
  }

  /** Opens 文档 and creates a document there (新建), which then opens. */
  async newDocument(form: NewDocument): Promise<void> {
    await this.openList();
    await this.createDocument(form);
  }

  async createDocument(form: NewDocument): Promise<void> {
    const panel = await this.openNewForm();
    await panel.getByLabel("部门").fill(form.department);
    await panel.getByLabel("年度").fill(form.year);
    await panel.getByLabel(form.unit, { exact: true }).check();
    if (form.template) await panel.getByLabel("格式").selectOption({ label: form.template });
    await panel.getByRole("button", { name: "创建并打开" }).click();
    await expect(this.dialog()).toBeHidden();
  }

  // ── 科目目录 (in the 文档 dialog) ────────────────────────────────────────────────────────────────

  catalogPanel(): Locator {
    return this.dialog().getByTestId("catalog-panel");
  }

  /** Opens the 文档 dialog (if needed) and its 科目目录 panel. */
  async openCatalogs(): Promise<void> {
    if (!(await this.dialog().isVisible())) await this.openList();
    await this.dialog().getByRole("button", { name: "科目目录…" }).click();
    await expect(this.catalogPanel()).toBeVisible();
  }

  /** What became of the last 载入科目目录 (a status, or an alert listing the problems). */
  catalogOutcome(): Locator {
    return this.catalogPanel().getByTestId("catalog-outcome");
  }

  /** The editions listed, one row each. */
  catalogEditions(): Locator {
    return this.catalogPanel().getByTestId("catalog-list").locator("tr");
  }

  /** 载入科目目录 with a CSV file, as the edition of `year` (the field's default when omitted). */
  async loadCatalog(file: FileToImport, year?: string): Promise<void> {
    if (year !== undefined) await this.catalogPanel().getByTestId("catalog-year").fill(year);
    await this.catalogPanel()
      .getByTestId("catalog-input")
      .setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) });
  }
}
