import { countCodes, describeCounts, loadedEdition } from "../../domain/catalog/edition";
import { errorReason } from "../../domain/error-reason";
import { addUserCatalog } from "./user-catalogs";

export interface CatalogLoadOutcome {
  ok: boolean;
  lines: string[];
}

/**
 * 载入科目目录: reads a CSV or XLSX file (the reader and exceljs load only now), and keeps it in this
 * browser as the edition of `year`. A bad file is refused with its problems and changes nothing.
 */
export async function loadCatalogFile(file: File, year: number): Promise<CatalogLoadOutcome> {
  const { readCatalogBytes } = await import("../../xlsx/read-catalog-file");
  const parsed = await readCatalogBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) return { ok: false, lines: [`${file.name}：科目目录有误，未载入。`, ...parsed.problems] };
  const edition = loadedEdition(year, file.name, parsed.entries);
  try {
    addUserCatalog(edition, file.name);
  } catch (error) {
    return { ok: false, lines: [errorReason(error)] };
  }
  const counts = describeCounts(countCodes(edition.names.keys()));
  return {
    ok: true,
    lines: [`已载入“${edition.name}”：${counts}。${year} 年度的文档将按它核对科目名称。`, ...parsed.notes],
  };
}
