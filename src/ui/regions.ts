import { useEditor } from "../store/store";
import { nextRegion, REGIONS, type Region } from "./region-order";

const SELECTORS: Record<Region, string> = {
  tables: ".table-nav",
  grid: ".app-main",
  side: ".app-body > .app-main ~ *",
  header: ".doc-header",
};

/** The grid region: the table's selected cell, else its first entered cell, else its first figure. */
function focusGrid(): boolean {
  const { activeTable, selection, focusCell, mainView } = useEditor.getState();
  if (mainView !== "tables") return false;
  const selected = selection[activeTable];
  if (selected) {
    focusCell(activeTable, selected.row, selected.col);
    return true;
  }
  const grid = document.querySelector(`[data-testid="grid-${activeTable}"]`);
  const cell =
    grid?.querySelector<HTMLElement>('.ag-cell:has([data-kind="entered"])') ??
    grid?.querySelector<HTMLElement>(".ag-cell:has([data-kind])") ??
    grid?.querySelector<HTMLElement>(".ag-cell");
  cell?.focus();
  return Boolean(cell);
}

function focusRegion(region: Region, element: HTMLElement): void {
  if (region === "grid" && focusGrid()) return;
  const target =
    element.querySelector<HTMLElement>('[aria-current="page"], [aria-selected="true"]') ??
    element.querySelector<HTMLElement>("button:not([disabled]), input:not([disabled])");
  if (target) {
    target.focus();
    return;
  }
  element.tabIndex = -1;
  element.focus();
}

/** F6 / Shift+F6: the keyboard focus moves to the next (previous) region of the page, round and round. */
export function cycleRegion(backwards: boolean): void {
  const elements = REGIONS.map((region) => document.querySelector<HTMLElement>(SELECTORS[region]));
  const active = document.activeElement;
  const current = elements.findIndex((el) => el !== null && active !== null && el.contains(active));
  const shown = elements.map((el) => el !== null && el.getClientRects().length > 0);
  const next = nextRegion(current, backwards ? -1 : 1, shown);
  const element = elements[next];
  const region = REGIONS[next];
  if (element && region) focusRegion(region, element);
}
