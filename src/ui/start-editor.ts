import { keepCatalogChoice } from "../store/catalog-memory";
import { startDocumentSession } from "../store/persistence/browser-session";
import { keepReviewModes } from "../store/review-mode-memory";
import { useEditor } from "../store/store";
import { loadShippedCatalogs } from "./load-catalogs";
import { loadSample } from "./load-sample";
import { loadShippedTemplates } from "./load-templates";

let started: Promise<void> | null = null;

/**
 * Opens the editor's document once per page: the document open last in this browser, or the first time
 * a copy of the sample, once the shipped templates and 科目目录 editions are read. Called before React's first render, so that IndexedDB and the sample load while
 * the page starts; the review mode of the document is restored by its id, so its memory starts first.
 */
export function startEditor(): Promise<void> {
  started ??= (() => {
    keepReviewModes(useEditor);
    keepCatalogChoice(useEditor);
    return Promise.all([loadShippedTemplates(), loadShippedCatalogs()])
      .then(() => startDocumentSession(loadSample))
      .then(() => undefined);
  })();
  return started;
}
