import type { Locator, Page } from "@playwright/test";
import { EditorPage, expect, type TableId } from "./editor.page";

/** Where the screenshots of the 培训 screens go (looked at by hand, not compared). */
export const SCREENSHOTS = "test-results/training";

/**
 * The 培训 views as a user sees them: the 追踪 panel beside the grid, the 结构图 and 名词解释 pages, the
 * 培训模式 toolbar (单元格角色, 导览, 重置示例) and the tour card. Cells are addressed by cell id
 * ("03|201|本年支出合计"), as the domain names them.
 */
export class TrainingPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  /** The grid's tooltip that shows `text` (a tooltip fading out can still be in the DOM beside it). */
  tooltip(text: string): Locator {
    return this.page.locator(".ag-tooltip:not(.ag-tooltip-hiding)", { hasText: text });
  }

  // ── Formula bar ──────────────────────────────────────────────────────────────────────────────────

  formulaBar(table: TableId): Locator {
    return this.tableView(table).getByTestId("formula-bar");
  }

  fbKind(table: TableId): Locator {
    return this.formulaBar(table).getByTestId("fb-kind");
  }

  fbAddress(table: TableId): Locator {
    return this.formulaBar(table).getByTestId("fb-address");
  }

  fbFormula(table: TableId): Locator {
    return this.formulaBar(table).getByTestId("fb-formula");
  }

  // ── Trace ────────────────────────────────────────────────────────────────────────────────────────

  tracePanel(): Locator {
    return this.page.getByTestId("trace-panel");
  }

  traceCurrent(): Locator {
    return this.page.getByTestId("trace-current");
  }

  traceStep(id: string): Locator {
    return this.tracePanel().getByTestId(`trace-step-${id}`).first();
  }

  /** The "再往前/再往后" group of one table in 来源 (sources) or 去向 (targets). */
  traceFurther(section: "sources" | "targets", table: TableId): Locator {
    return this.page.getByTestId(`trace-${section}-${table}`);
  }

  traceBack(): Locator {
    return this.page.getByTestId("trace-back");
  }

  /** Selects a cell and presses 追踪 in its table's formula bar. */
  async traceFrom(table: TableId, row: string, col: string): Promise<void> {
    await this.focusCell(table, row, col);
    await this.formulaBar(table).getByTestId("fb-trace").click();
    await expect(this.tracePanel()).toBeVisible();
    await expect(this.traceCurrent()).toHaveAttribute("data-cell", `${table}|${row}|${col}`);
  }

  async expectTraced(id: string): Promise<void> {
    await expect(this.traceCurrent()).toHaveAttribute("data-cell", id);
  }

  /** The grid cell carries the highlight class (cells reached by the trace, a tour step …). */
  async expectHighlighted(table: TableId, row: string, col: string): Promise<void> {
    await this.reveal(table, row, col);
    await expect(this.gridCell(table, row, col)).toHaveClass(/cell-highlight/);
  }

  // ── Header: pages and training mode ──────────────────────────────────────────────────────────────

  viewButton(view: "structure" | "glossary" | "roles"): Locator {
    return this.page.getByTestId(`view-${view}`);
  }

  trainingToggle(): Locator {
    return this.page.getByTestId("training-toggle");
  }

  async setTrainingMode(on: boolean): Promise<void> {
    await this.trainingToggle().setChecked(on);
  }

  // ── Structure map ────────────────────────────────────────────────────────────────────────────────

  structureMap(): Locator {
    return this.page.getByTestId("structure-map");
  }

  pair(key: string): Locator {
    return this.page.getByTestId(`pair-${key}`);
  }

  relation(id: string): Locator {
    return this.page.getByTestId(`relation-${id}`);
  }

  async openStructureMap(): Promise<void> {
    await this.viewButton("structure").click();
    await expect(this.structureMap()).toBeVisible();
  }

  // ── Glossary and cell roles ──────────────────────────────────────────────────────────────────────

  glossaryPage(): Locator {
    return this.page.getByTestId("glossary-page");
  }

  rolesView(): Locator {
    return this.page.getByTestId("roles-view");
  }

  // ── Tour ─────────────────────────────────────────────────────────────────────────────────────────

  tourLauncher(): Locator {
    return this.page.getByTestId("tour-launch");
  }

  tourCard(): Locator {
    return this.page.getByTestId("tour-card");
  }

  tourTitle(): Locator {
    return this.page.getByTestId("tour-title");
  }

  /**
   * → to the next step, then → again in the very frame the next step's table first shows its rows: the
   * moment the first step's late second focus (asked for once the rows are on screen) is still pending.
   */
  async twoTourStepsAsTheGridShows(table: TableId): Promise<void> {
    await this.page.evaluate(async (id) => {
      const next = () =>
        window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      next();
      await new Promise<void>((done) => {
        const check = () => {
          const row = document.querySelector<HTMLElement>(`[data-testid="grid-${id}"] .ag-row`);
          if (row && row.offsetParent !== null) {
            next();
            done();
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, table);
  }

  async expectTourStep(step: number): Promise<void> {
    await expect(this.tourCard()).toHaveAttribute("data-step", String(step));
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  }
}

export { expect };
