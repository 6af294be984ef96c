import { type CatalogEdition, catalogFile, readCatalogFile } from "../../domain/catalog/edition";
import { registerCatalog, removeCatalog } from "../../domain/catalog/lookup";

/**
 * Editions a user loaded (载入科目目录), kept in this browser by edition id in localStorage, read
 * synchronously at start like the loaded templates (a full edition is about 100 kB of text).
 */
const KEY = "juesuan.catalogs";

function storedFiles(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "{}") as Record<string, string>;
  } catch {
    return {};
  }
}

/** Registers the editions loaded earlier in this browser; an unreadable one is skipped. */
export function loadUserCatalogs(): void {
  for (const text of Object.values(storedFiles())) {
    try {
      registerCatalog(readCatalogFile(text, "loaded"));
    } catch {
      // A damaged entry only means loading that edition again.
    }
  }
}

/** Registers an edition and keeps it in this browser; throws in Chinese when it cannot be kept. */
export function addUserCatalog(edition: CatalogEdition, fileName: string): void {
  registerCatalog(edition);
  try {
    const text = JSON.stringify(catalogFile(edition, fileName));
    localStorage.setItem(KEY, JSON.stringify({ ...storedFiles(), [edition.id]: text }));
  } catch {
    throw new Error(`已载入“${edition.name}”，但无法保存在本浏览器中：重新打开页面后需再次载入`);
  }
}

export function removeUserCatalog(id: string): void {
  removeCatalog(id);
  const { [id]: _, ...others } = storedFiles();
  try {
    localStorage.setItem(KEY, JSON.stringify(others));
  } catch {
    // Then it comes back after a reload, as it was.
  }
}
