import type { Download, Locator, Page } from "@playwright/test";
import { expect } from "../fixtures/app";

/** Workbooks as a user handles them: 导入 of an .xlsx with its preview dialog, and 导出 Excel. */
export class ExcelPage {
  constructor(readonly page: Page) {}

  exportButton(): Locator {
    return this.page.getByRole("button", { name: "导出 Excel", exact: true });
  }

  /** Clicks 导出 Excel and returns the download. */
  async exportWorkbook(): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.exportButton().click();
    return download;
  }

  /** Picks a workbook in the header's 导入 file picker. */
  async importWorkbook(name: string, bytes: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByRole("button", { name: "导入", exact: true }).click();
    await (await chooser).setFiles({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
  }

  dialog(): Locator {
    return this.page.getByTestId("excel-import-dialog");
  }

  templateLine(): Locator {
    return this.dialog().getByTestId("excel-import-template");
  }

  /** The preview's line for a table: its sheet, rows and figures. */
  tableLine(table: string): Locator {
    return this.dialog().getByTestId("excel-import-tables").locator(`tr[data-table="${table}"]`);
  }

  unplaced(): Locator {
    return this.dialog().getByTestId("excel-import-unplaced").locator("li");
  }

  async createDocument(): Promise<void> {
    await this.dialog().getByTestId("excel-import-new").click();
    await expect(this.dialog()).toHaveCount(0);
  }

  async mergeIntoCurrent(): Promise<void> {
    await this.dialog().getByTestId("excel-import-merge").click();
    await expect(this.dialog()).toHaveCount(0);
  }

  async cancel(): Promise<void> {
    await this.dialog().getByRole("button", { name: "取消" }).click();
    await expect(this.dialog()).toHaveCount(0);
  }
}
