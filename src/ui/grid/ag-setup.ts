import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TooltipModule,
  themeQuartz,
  ValidationModule,
} from "ag-grid-community";
import localeText from "./ag-locale-zh.json";

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  // api.getAllDisplayedColumns (paste targets in TableGrid.onPaste)
  ColumnApiModule,
  TextEditorModule,
  CellStyleModule,
  RowStyleModule,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
  ColumnAutoSizeModule,
  LocaleModule,
  // 名词解释 on column headers and row names (培训)
  TooltipModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** A quiet, print-like theme: thin rules, serif-free CJK text, compact rows. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: ['"Noto Sans CJK SC"', '"Microsoft YaHei"', "PingFang SC", "sans-serif"],
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  rowHeight: 30,
  headerBackgroundColor: "#f3f4f6",
  borderColor: "#c9ced6",
  columnBorder: true,
  headerColumnBorder: true,
  wrapperBorderRadius: 2,
  spacing: 5,
  accentColor: "#1f5fbf",
});

/** AG Grid's Chinese texts; an empty table says so as the publication does ("本表无数据", not "无显示行"). */
export const gridLocale: Record<string, string> = { ...localeText, noRowsToShow: "本表无数据" };
