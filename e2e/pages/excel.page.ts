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

  /** Drops a workbook on the window, as dragging it from the desktop does. */
  async dropWorkbook(name: string, bytes: Buffer): Promise<void> {
    await this.page.evaluate(
      ({ name, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name));
        for (const type of ["dragenter", "dragover", "drop"])
          document.body.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
      },
      { name, data: [...bytes] },
    );
  }

  /** 打印预览's 下载 Excel（附审核与批注）. */
  async exportWithNotes(): Promise<Download> {
    await this.page.getByTestId("open-preview").click();
    const download = this.page.waitForEvent("download");
    await this.page.getByTestId("export-excel-notes").click();
    return download;
  }

  dialog(): Locator {
    return this.page.getByTestId("excel-import-dialog");
  }

  templateLine(): Locator {
    return this.dialog().getByTestId("excel-import-template");
  }

  /** The preview's 年度 field, prefilled with the year the workbook writes. */
  yearField(): Locator {
    return this.dialog().getByTestId("excel-import-year");
  }

  departmentField(): Locator {
    return this.dialog().getByTestId("excel-import-department");
  }

  yearError(): Locator {
    return this.dialog().getByTestId("excel-import-year-error");
  }

  /** What the preview says to check about the year and department (several written, none written). */
  factNotes(): Locator {
    return this.dialog().getByTestId("excel-import-fact-notes").locator("li");
  }

  /** Why 合并到当前文档 is refused (another template, unit or year). */
  mergeRefusal(): Locator {
    return this.dialog().getByTestId("excel-import-merge-refused");
  }

  createButton(): Locator {
    return this.dialog().getByTestId("excel-import-new");
  }

  mergeButton(): Locator {
    return this.dialog().getByTestId("excel-import-merge");
  }

  async setYear(year: string): Promise<void> {
    await this.yearField().fill(year);
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
