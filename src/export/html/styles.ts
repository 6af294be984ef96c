/** The print stylesheet, inlined into the exported page. */

export const SERIF_STACK = '"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif';

/**
 * A4 pages: portrait by default, the named page `landscape` for wide tables, the named page `cover` without
 * a page number. Page numbers are @page margin boxes (Chromium ≥ 131 prints them; browsers without margin
 * boxes print the pages unnumbered). Each table starts a page; its header rows repeat on every page it spans.
 */
export const STYLES = `
@page {
  size: A4 portrait;
  margin: 16mm 15mm 16mm;
  @bottom-center {
    content: "第 " counter(page) " 页，共 " counter(pages) " 页";
    font-family: ${SERIF_STACK};
    font-size: 9pt;
    color: #000;
  }
}
@page landscape {
  size: A4 landscape;
  margin: 10mm 14mm 12mm;
}
@page cover {
  @bottom-center { content: none; }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: ${SERIF_STACK};
  font-size: 10.5pt;
  line-height: 1.35;
  color: #000;
  background: #fff;
}
h1, h2, p { margin: 0; }
.cover {
  page: cover;
  height: 255mm;
  display: flex;
  flex-direction: column;
  align-items: center;
  text-align: center;
}
.cover-year { margin-top: 52mm; font-size: 22pt; letter-spacing: 0.1em; }
.cover-department { margin-top: 14mm; font-size: 24pt; font-weight: bold; line-height: 1.4; padding: 0 8mm; }
.cover-title { margin-top: 12mm; font-size: 36pt; font-weight: bold; letter-spacing: 0.3em; }
.cover-date { margin-top: auto; margin-bottom: 30mm; font-size: 16pt; letter-spacing: 0.1em; }
.contents { break-before: page; }
.contents h2 { text-align: center; font-size: 18pt; letter-spacing: 0.5em; margin: 4mm 0 6mm; }
.toc-group { break-inside: avoid; }
.toc-part { font-size: 12pt; font-weight: bold; margin: 0 0 1.5mm; }
.toc-group + .toc-group .toc-part { margin-top: 2.5mm; }
.toc { list-style: none; margin: 0; padding: 0 0 0 2em; }
.toc li { margin: 0 0 1.8mm; font-size: 11.5pt; }
.contents.dense .toc li { margin: 0; font-size: 10.5pt; }
.contents.dense .toc-group + .toc-group .toc-part { margin-top: 1mm; }
.toc a, .toc-part a { display: flex; gap: 1em; color: inherit; text-decoration: none; }
.toc-title { flex: 1; }
.toc-label { color: #333; }
.table-page { break-before: page; }
.table-page.landscape { page: landscape; }
.caption { margin-bottom: 1.5mm; }
.table-title { text-align: center; font-size: 15pt; font-weight: bold; letter-spacing: 0.05em; }
.table-label { text-align: right; font-size: 9.5pt; }
.caption-line { display: flex; justify-content: space-between; align-items: baseline; font-size: 9.5pt; }
.caption-line .department, .caption-line .unit { flex: 1; }
.caption-line .unit { text-align: right; }
table.report {
  width: 100%;
  border-collapse: collapse;
  table-layout: fixed;
  font-family: ${SERIF_STACK};
  font-size: 8.5pt;
  line-height: 1.2;
}
table.report thead { display: table-header-group; }
table.report tr { break-inside: avoid; }
table.report th, table.report td {
  border: 0.6pt solid #000;
  padding: 0.7pt 2.5pt;
  vertical-align: middle;
  overflow-wrap: anywhere;
}
table.report th { font-weight: normal; text-align: center; }
table.report td { height: 1.2em; }
table.report .value { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.report .line, table.report th.value { text-align: center; }
table.report tr.lane th { text-align: center; }
table.report td.code { white-space: nowrap; }
table.report td.indent-1 { padding-left: 1.5em; }
table.report td.indent-2 { padding-left: 2.5em; }
table.report td.indent-3 { padding-left: 3.5em; }
table.report tr.total td.code[colspan], table.report tr.total td.label { text-align: center; }
table.report tr.footer td.code[colspan] { text-align: center; }
.notes { margin-top: 1.5mm; font-size: 9pt; break-before: avoid; }
.notes p { margin-bottom: 1mm; text-indent: 0; }
.notes .explanation { margin-top: 2mm; white-space: pre-line; }
@media screen {
  body { background: #d9d9d9; padding: 8mm 0; }
  .cover, .contents, .table-page {
    box-sizing: border-box;
    width: 210mm;
    margin: 0 auto 8mm;
    padding: 16mm 15mm;
    background: #fff;
    box-shadow: 0 1px 4px rgb(0 0 0 / 30%);
  }
  .cover { height: 297mm; }
  .contents { min-height: 297mm; }
  .table-page.landscape { width: 297mm; }
}
`;
