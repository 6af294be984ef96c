export { DOCUMENT_SCRIPT_ID, extractDocumentFromHtml } from "./embed";
export { type ExportHtmlOptions, exportHtml } from "./export-html";
