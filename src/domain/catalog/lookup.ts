/**
 * The 科目目录 editions this program knows (shipped files read at start by the browser's or the command
 * line's loader, and any a user loads) and the names they give. A document reads the edition chosen for
 * it, else the one of its year (a loaded edition before the shipped one, else the latest earlier year);
 * a code that edition lacks is looked up in the others, nearest year first, because the shipped lists are
 * partial.
 */
import type { CatalogEdition } from "./edition";

const editions = new Map<string, CatalogEdition>();
let chosen: string | null = null;
/** Lookup order per year, made again when the editions or the choice change. */
let orders = new Map<number, CatalogEdition[]>();

export function registerCatalog(edition: CatalogEdition): void {
  editions.set(edition.id, edition);
  orders = new Map();
}

export function removeCatalog(id: string): void {
  editions.delete(id);
  if (chosen === id) chosen = null;
  orders = new Map();
}

export function listCatalogs(): readonly CatalogEdition[] {
  return [...editions.values()].sort((a, b) => a.year - b.year || a.origin.localeCompare(b.origin));
}

export function findCatalog(id: string): CatalogEdition | undefined {
  return editions.get(id);
}

/** The edition the open document (or the command line's --catalog) uses whatever its year; null: by year. */
export function chooseCatalog(id: string | null): void {
  chosen = id;
  orders = new Map();
}

export function chosenCatalog(): string | null {
  return chosen;
}

/** The edition of a year when none is chosen: loaded before shipped, else the latest earlier year. */
export function defaultCatalog(year: number): CatalogEdition | undefined {
  const all = listCatalogs();
  const rank = (e: CatalogEdition) => (e.origin === "loaded" ? 1 : 0);
  const pick = (list: readonly CatalogEdition[]) =>
    [...list].sort((a, b) => b.year - a.year || rank(b) - rank(a))[0];
  return pick(all.filter((e) => e.year <= year)) ?? pick(all.filter((e) => e.year === all[0]?.year));
}

export function activeCatalog(year: number): CatalogEdition | undefined {
  return (chosen !== null ? editions.get(chosen) : undefined) ?? defaultCatalog(year);
}

function lookupOrder(year: number): CatalogEdition[] {
  let order = orders.get(year);
  if (!order) {
    const active = activeCatalog(year);
    const others = listCatalogs()
      .filter((e) => e !== active)
      .sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year);
    order = active ? [active, ...others] : others;
    orders.set(year, order);
  }
  return order;
}

export interface CatalogName {
  name: string;
  edition: CatalogEdition;
}

/** The official name of a code for a document of `year`, and the edition that gives it. */
export function catalogName(code: string, year: number): CatalogName | undefined {
  for (const edition of lookupOrder(year)) {
    const name = edition.names.get(code);
    if (name !== undefined) return { name, edition };
  }
  return undefined;
}

/** The official name of a 功能分类 code (2xx), where a catalog knows it. */
export function functionCodeName(code: string, year: number): string | undefined {
  return code.startsWith("2") ? catalogName(code, year)?.name : undefined;
}

/** The official name of a 经济分类 code (3xx), where a catalog knows it. */
export function economicCodeName(code: string, year: number): string | undefined {
  return code.startsWith("3") ? catalogName(code, year)?.name : undefined;
}

/** Where no catalog has a code: what to do about it, in the words of the UI. */
export const HOW_TO_LOAD_CATALOG = "在“文档 → 科目目录…”载入财政部《政府收支分类科目》（CSV 或 XLSX）";
