import { create } from "zustand";

/** The workbook waiting in the 导入 Excel preview (picked or dropped); null when none. */
export const useExcelImport = create<{ file: File | null }>(() => ({ file: null }));

export function previewWorkbook(file: File): void {
  useExcelImport.setState({ file });
}

export function closeWorkbookPreview(): void {
  useExcelImport.setState({ file: null });
}
