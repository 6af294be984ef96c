import type { Locator, Page } from "@playwright/test";
import { CANONICAL_TABLE_IDS, type CanonicalTableId, type TableId } from "../../src/domain/templates/types";
import { expect as fixtureExpect } from "../fixtures/app";

/**
 * The fixture's `expect` with a longer timeout for these specs: the CI box has two cores shared by the
 * preview server and the browsers, and the app recomputes its checks after every change. Every wait is
 * still on a condition; this only bounds it.
 */
export const expect = fixtureExpect.configure({ timeout: 15_000 });

export type { TableId };

/** The nine tables of the shipped templates (a further table, such as the test template's 10, is not among them). */
export const ALL_TABLES: readonly CanonicalTableId[] = CANONICAL_TABLE_IDS;

export type CellKind = "entered" | "derived" | "stated";

/**
 * Printed amount → the app's display: two decimals, thousands separated ("4" → "4.00", "0.6" → "0.60",
 * "1284722.3" → "1,284,722.30"). Exact, no floats.
 */
export function twoDecimals(printed: string): string {
  const negative = printed.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? printed.slice(1) : printed).split(".");
  if (fraction.length > 2) throw new Error(`twoDecimals: ${printed} has more than two decimals`);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${negative ? "-" : ""}${grouped}.${fraction.padEnd(2, "0")}`;
}

/** Waits for the browser to paint twice (AG Grid renders scrolled rows in an animation frame). */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * The editor as a user sees it: nav of the nine tables, each table's caption, AG Grid and 科目 row tools,
 * the message bar and undo/redo. Cells are addressed by canonical keys (table, row key, column key).
 */
export class EditorPage {
  constructor(readonly page: Page) {}

  // ── Opening and switching tables ────────────────────────────────────────────────────────────────

  /** Opens the app (the sample document loads by default) and waits for table 01's grid rows. */
  async open(): Promise<void> {
    await this.page.goto("/");
    // First load fetches and parses the sample and runs every check: allow for a slow machine.
    await expect(this.tableView("01")).toBeVisible({ timeout: 30_000 });
    await expect(this.grid("01").locator(".ag-row").first()).toBeVisible({ timeout: 30_000 });
  }

  /** Whether the header shows the year and the unit whole (inside the header's title area, not clipped). */
  async headerMetaWhole(): Promise<boolean> {
    return this.page.locator(".doc-title").evaluate((title) => {
      const box = title.getBoundingClientRect();
      return ["doc-year", "doc-unit"].every((id) => {
        const r = (title.querySelector(`[data-testid="${id}"]`) as HTMLElement).getBoundingClientRect();
        return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
      });
    });
  }

  /** Opens the right-hand panel where a small screen starts with it folded to its strip. */
  async unfoldSidePanel(): Promise<void> {
    const strip = this.page.getByTestId("checks-open");
    if (await strip.isVisible()) await strip.click();
    await expect(this.page.getByTestId("side-panel")).toBeVisible();
  }

  /**
   * Holds back AG Grid's code (the chunk the grid imports) until the returned function is called, or
   * fails its download when `fail` is set: what the page shows before the grid, or without it.
   */
  async holdGridCode(options: { fail?: boolean } = {}): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await this.page.route(/\/assets\/ag-grid-[^/]*\.js$/, async (route) => {
      if (options.fail) return route.abort("failed");
      await released;
      return route.continue();
    });
    return release;
  }

  /** The table drawn in plain HTML while AG Grid's code is loading. */
  placeholder(table: TableId): Locator {
    return this.tableView(table).locator(".static-grid");
  }

  nav(table: TableId): Locator {
    return this.page.getByTestId(`nav-${table}`);
  }

  /** The titles in the table list, in its order (the template's printed order). */
  navTitles(): Locator {
    return this.page.locator(".table-nav > ol:not(.table-nav-parts) li button .nav-title");
  }

  tableView(table: TableId): Locator {
    return this.page.getByTestId(`table-${table}`);
  }

  grid(table: TableId): Locator {
    return this.page.getByTestId(`grid-${table}`);
  }

  /** The grid's vertically scrolling viewport (AG Grid 36: `.ag-grid-viewport`; older: `.ag-body-viewport`). */
  bodyViewport(table: TableId): Locator {
    return this.grid(table).locator(".ag-grid-viewport, .ag-body-viewport").first();
  }

  async waitForGrid(table: TableId): Promise<void> {
    await expect(this.grid(table).locator(".ag-row").first()).toBeVisible();
  }

  async showTable(table: TableId): Promise<void> {
    await this.nav(table).click();
    await expect(this.nav(table)).toHaveAttribute("aria-current", "page");
    await expect(this.tableView(table)).toBeVisible();
    await this.waitForGrid(table);
  }

  // ── Caption block and notes ─────────────────────────────────────────────────────────────────────

  caption(table: TableId): Locator {
    return this.tableView(table).locator(".caption");
  }

  title(table: TableId): Locator {
    return this.caption(table).locator("h1");
  }

  notes(table: TableId): Locator {
    return this.tableView(table).locator(".table-notes");
  }

  explanation(table: TableId): Locator {
    return this.tableView(table).locator(".table-explanation");
  }

  /** Cells of the pinned 栏次 line in display order: [column id, text]. */
  async laneRow(table: TableId): Promise<{ colId: string; text: string }[]> {
    // With pinned 科目 columns the line is drawn in two parts: its cells are read from both.
    const lane = this.grid(table).locator('.ag-row[row-id="__lane"]');
    await expect(lane.first()).toBeVisible();
    return lane.locator(".ag-cell").evaluateAll((cells) =>
      cells
        .map((c) => ({
          colId: c.getAttribute("col-id") ?? "",
          index: Number(c.getAttribute("aria-colindex") ?? "0"),
          text: (c.textContent ?? "").trim(),
        }))
        .sort((a, b) => a.index - b.index)
        .map(({ colId, text }) => ({ colId, text })),
    );
  }

  // ── Cells ───────────────────────────────────────────────────────────────────────────────────────

  /** The amount span AmountCell renders: `cell-{table}-{row}-{col}` with `data-kind`. */
  cell(table: TableId, row: string, col: string): Locator {
    return this.page.getByTestId(`cell-${table}-${row}-${col}`);
  }

  /** The AG Grid cell (focusable `.ag-cell`) around an amount. */
  gridCell(table: TableId, row: string, col: string): Locator {
    return this.grid(table).locator(".ag-cell", { has: this.cell(table, row, col) });
  }

  /**
   * The AG Grid row showing a 科目 row (科目 tables: the grid row id is the code). Its 科目 columns are
   * pinned, so AG Grid draws the row twice (pinned part first, then the amounts): this is the first.
   */
  subjectRow(table: TableId, code: string): Locator {
    return this.grid(table).locator(`.ag-row[row-id="${code}"]`).first();
  }

  /** The 科目名称 cell of a 科目 row. */
  subjectName(table: TableId, code: string): Locator {
    return this.subjectRow(table, code).locator('.ag-cell[col-id="p0:name"]');
  }

  /** The 类, 款 and 项 cells of a 科目 row when 科目编码 is split into three columns. */
  async codeParts(table: TableId, code: string): Promise<string[]> {
    const row = await this.reveal(table, code);
    return Promise.all(
      [0, 1, 2].map(async (part) =>
        ((await row.locator(`.ag-cell[col-id="p0:code${part}"]`).textContent()) ?? "").trim(),
      ),
    );
  }

  /** The header cells of a table's grid (groups and columns), in the order AG Grid renders them. */
  headerCells(table: TableId): Locator {
    return this.grid(table).locator(".ag-header-cell-text, .ag-header-group-text");
  }

  /** The row index AG Grid gives a body row (display order). */
  async rowIndex(table: TableId, code: string): Promise<number> {
    await this.reveal(table, code);
    const value = await this.subjectRow(table, code).getAttribute("row-index");
    return Number(value);
  }

  /**
   * Makes sure a cell (or, with `col` omitted, a 科目 row) is rendered: AG Grid virtualises rows, so
   * scroll the grid body from the top down in half-viewport steps until it shows up.
   */
  async reveal(table: TableId, row: string, col?: string): Promise<Locator> {
    const target = col === undefined ? this.subjectRow(table, row) : this.cell(table, row, col);
    if ((await target.count()) > 0) return target;
    // A hidden table's grid renders no rows: show the table first.
    await expect(this.tableView(table), `table ${table} must be shown to reveal its rows`).toBeVisible();
    const viewport = this.bodyViewport(table);
    await viewport.evaluate((el) => {
      el.scrollTop = 0;
    });
    await nextFrames(this.page);
    for (let step = 0; step < 200 && (await target.count()) === 0; step++) {
      const moved = await viewport.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop = before + Math.max(30, Math.floor(el.clientHeight / 2));
        return el.scrollTop !== before;
      });
      await nextFrames(this.page);
      if (!moved) break;
    }
    await expect(target, `${table} ${row} ${col ?? ""} is rendered`).toBeAttached();
    return target;
  }

  async text(table: TableId, row: string, col: string): Promise<string> {
    const target = await this.reveal(table, row, col);
    return ((await target.textContent()) ?? "").trim();
  }

  async kind(table: TableId, row: string, col: string): Promise<CellKind> {
    const target = await this.reveal(table, row, col);
    return (await target.getAttribute("data-kind")) as CellKind;
  }

  /** The value the formula gives a stated cell, from its hover title ("…；按公式计算：X"). */
  async derivedOfStated(table: TableId, row: string, col: string): Promise<string> {
    const target = await this.reveal(table, row, col);
    const title = (await target.getAttribute("title")) ?? "";
    const match = /按公式计算：(.*)$/.exec(title);
    if (!match?.[1]) throw new Error(`${table} ${row} ${col} is not a stated cell (title “${title}”)`);
    return match[1];
  }

  /** Asserts a cell's shown text (polling: the grid refreshes changed cells asynchronously). */
  async expectText(table: TableId, row: string, col: string, expected: string): Promise<void> {
    await this.reveal(table, row, col);
    await expect(this.cell(table, row, col), `${table}·${row}·${col}`).toHaveText(expected);
  }

  /** Asserts the derived value a stated cell's title reports. */
  async expectDerivedOfStated(table: TableId, row: string, col: string, expected: string): Promise<void> {
    await this.reveal(table, row, col);
    await expect(this.cell(table, row, col), `${table}·${row}·${col} (按公式计算)`).toHaveAttribute(
      "title",
      new RegExp(`按公式计算：${expected.replace(/\./g, "\\.")}$`),
    );
  }

  /** Clicks a cell so that AG Grid focuses it. */
  async focusCell(table: TableId, row: string, col: string): Promise<void> {
    await this.reveal(table, row, col);
    const cell = this.gridCell(table, row, col);
    // Centre it and click near its top edge: on the last row AG Grid's horizontal scrollbar (invisible
    // overlay) covers the lower half of the cell.
    await cell.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
    await nextFrames(this.page);
    await cell.click({ position: { x: 8, y: 4 } });
    await expect(cell).toBeFocused();
  }

  /** `cell-{table}-{row}-{col}` of the grid cell holding browser focus, or null. */
  async focusedCellTestId(): Promise<string | null> {
    return this.page.evaluate(() => {
      const cell = document.activeElement?.closest(".ag-cell");
      return cell?.querySelector("[data-testid]")?.getAttribute("data-testid") ?? null;
    });
  }

  async expectFocused(table: TableId, row: string, col: string): Promise<void> {
    await expect.poll(() => this.focusedCellTestId()).toBe(`cell-${table}-${row}-${col}`);
  }

  /** The inline editor AG Grid opens in a cell. */
  editor(table: TableId): Locator {
    return this.grid(table).locator(".ag-cell-inline-editing input");
  }

  /**
   * Types into a cell as a user would: focus it, start editing with the first key (AG Grid starts on a
   * printable key; F2 for text without a plain first key, e.g. full-width digits), type the rest, Enter.
   */
  async typeInto(table: TableId, row: string, col: string, text: string): Promise<void> {
    await this.focusCell(table, row, col);
    const first = text[0] ?? "";
    const editor = this.editor(table);
    if (/^[\x21-\x7e]$/.test(first)) {
      await this.page.keyboard.press(first);
      await expect(editor).toBeFocused();
      await expect(editor).toHaveValue(first);
      await this.typeText(text.slice(1));
    } else {
      await this.page.keyboard.press("F2");
      await expect(editor).toBeFocused();
      await this.page.keyboard.press("ControlOrMeta+a");
      await this.typeText(text);
    }
    await expect(editor).toHaveValue(text);
    await this.page.keyboard.press("Enter");
    await expect(editor).toHaveCount(0);
  }

  /** Types ASCII key by key; anything else (full-width, ¥) is inserted as text, as an IME would. */
  private async typeText(text: string): Promise<void> {
    for (const ch of text) {
      if (/^[\x20-\x7e]$/.test(ch)) await this.page.keyboard.press(ch === " " ? "Space" : ch);
      else await this.page.keyboard.insertText(ch);
    }
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /**
   * Pastes text/plain as Excel/WPS put it on the clipboard: a synthetic paste event on the focused grid
   * cell, bubbling to the grid host's onPaste.
   */
  async paste(text: string): Promise<void> {
    const dispatched = await this.page.evaluate((data) => {
      const target = document.activeElement;
      if (!target?.closest(".ag-cell")) return false;
      const clipboardData = new DataTransfer();
      clipboardData.setData("text/plain", data);
      target.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
      return true;
    }, text);
    if (!dispatched) throw new Error("paste: no grid cell has focus");
  }

  // ── Range selection and copy ───────────────────────────────────────────────────────────────────

  /** Shift+clicks a cell: the selected range grows from its anchor to this cell. */
  async shiftClick(table: TableId, row: string, col: string): Promise<void> {
    await this.reveal(table, row, col);
    await this.gridCell(table, row, col).click({ position: { x: 8, y: 4 }, modifiers: ["Shift"] });
    await expect(this.gridCell(table, row, col)).toBeFocused();
  }

  /** The grid cells (any column, codes and names too) drawn as part of the selected range. */
  rangeCells(table: TableId): Locator {
    return this.grid(table).locator(".ag-cell.cell-in-range");
  }

  /** Presses Ctrl+C on the focused grid cell and returns what the clipboard then holds. */
  async copyByKeyboard(): Promise<string> {
    await this.page.evaluate(() => navigator.clipboard.writeText(""));
    await this.page.keyboard.press("ControlOrMeta+c");
    return this.clipboardText();
  }

  /** The clipboard's text (the context must be granted clipboard-read). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  copyTableButton(table: TableId): Locator {
    return this.page.getByTestId(`copy-table-${table}`);
  }

  // ── Message bar, undo and redo ─────────────────────────────────────────────────────────────────

  message(): Locator {
    return this.page.getByTestId("message");
  }

  /** The choice the message line offers (仍然填入 …): clicked, it runs and the message goes. */
  async chooseInMessage(label: string): Promise<void> {
    await this.message().getByRole("button", { name: label }).click();
  }

  undoButton(): Locator {
    return this.page.getByRole("button", { name: "撤销", exact: true });
  }

  redoButton(): Locator {
    return this.page.getByRole("button", { name: "重做", exact: true });
  }

  async undoByKeyboard(): Promise<void> {
    await this.page.keyboard.press("ControlOrMeta+z");
  }

  async redoByKeyboard(): Promise<void> {
    await this.page.keyboard.press("ControlOrMeta+y");
  }

  async undoByButton(): Promise<void> {
    await this.undoButton().click();
  }

  async redoByButton(): Promise<void> {
    await this.redoButton().click();
  }

  // ── 说明 under a table ─────────────────────────────────────────────────────────────────────────

  /** The 说明 printed under a table. */
  tableNote(table: TableId): Locator {
    return this.page.getByTestId(`table-note-${table}`);
  }

  /** Opens the table's 说明 box, replaces its text and saves it. */
  async writeTableNote(table: TableId, text: string): Promise<void> {
    await this.page.getByTestId(`table-note-edit-${table}`).click();
    await this.page.getByTestId(`table-note-input-${table}`).fill(text);
    await this.page.getByTestId(`table-note-save-${table}`).click();
  }

  // ── 科目 rows ─────────────────────────────────────────────────────────────────────────────────────

  codeInput(table: TableId): Locator {
    return this.page.getByTestId(`add-code-${table}`);
  }

  nameInput(table: TableId): Locator {
    return this.page.getByTestId(`add-name-${table}`);
  }

  addRowButton(table: TableId): Locator {
    return this.page.getByTestId(`add-row-${table}`);
  }

  removeRowButton(table: TableId): Locator {
    return this.page.getByTestId(`remove-row-${table}`);
  }

  /** The codes the row tools suggest (the 科目目录's, and those seen in opened documents, marked). */
  codeSuggestion(table: TableId, code: string): Locator {
    return this.page.getByTestId(`code-suggestions-${table}`).locator(`option[value="${code}"]`);
  }

  /** The 审核结果 panel's findings of one rule. */
  findings(rule: string): Locator {
    return this.page.getByTestId("checks-panel").getByTestId(`finding-${rule}`);
  }

  /** The 审核结果 panel's group of one table (its heading is the table as printed). */
  checksGroup(table: TableId): Locator {
    return this.page.getByTestId("checks-panel").getByTestId(`checks-table-${table}`);
  }

  /** The number of 错误 the 审核结果 summary states ("错误 16"). */
  async checksErrorCount(): Promise<number> {
    const text = await this.page.getByTestId("checks-summary").locator(".count-error").textContent();
    return Number((text ?? "").replace(/\D/g, ""));
  }

  /** The 审核 tab's badge ("" when it shows none). */
  checksBadge(): Locator {
    return this.page.getByTestId("side-tab-checks").locator(".tab-count");
  }

  /** Types a code (and optionally a name) into the row tools and submits. */
  async addSubjectRow(table: TableId, code: string, name?: string): Promise<void> {
    await this.codeInput(table).fill(code);
    if (name !== undefined) await this.nameInput(table).fill(name);
    await this.addRowButton(table).click();
  }

  /** Selects a cell of the row (any amount column) and presses 删除科目. */
  async removeSubjectRow(table: TableId, code: string, col: string): Promise<void> {
    await this.focusCell(table, code, col);
    const button = this.removeRowButton(table);
    await expect(button).toHaveText(`删除科目 ${code}`);
    await button.click();
  }
}
