import type { Locator, Page } from "@playwright/test";

/** CSS pixels per millimetre (96 px to the inch), as Chromium lays out printed pages. */
const PX_PER_MM = 96 / 25.4;

/** The printable HTML page as printed: laid out in print media at the width of an A4 page's text. */
export class PrintedPage {
  constructor(readonly page: Page) {}

  /** Loads the page and lays it out for print at `widthMm` (A4 portrait: 210 − 2 × 15 mm). */
  async load(html: string, widthMm = 180): Promise<void> {
    await this.page.setViewportSize({ width: Math.round(widthMm * PX_PER_MM), height: 1000 });
    await this.page.setContent(html, { waitUntil: "load" });
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await this.page.emulateMedia({ media: "print" });
  }

  contents(): Locator {
    return this.page.locator("section.contents");
  }

  /** The 目录's height in millimetres (its top margin included, as on the page). */
  async contentsHeightMm(): Promise<number> {
    const px = await this.contents().evaluate((section) => {
      const box = section.getBoundingClientRect();
      const first = section.firstElementChild;
      const margin = first ? Number.parseFloat(getComputedStyle(first).marginTop) : 0;
      return box.height + margin;
    });
    return px / PX_PER_MM;
  }

  /** The 自评表's indicator table (the second table of the 自评表). */
  indicatorTable(): Locator {
    return this.page.locator("table.self-evaluation.indicators");
  }

  /** The fonts Chromium draws the first element matching `selector` with (family names). */
  async drawnFonts(selector: string): Promise<string[]> {
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    await cdp.detach();
    return fonts.map((f) => f.familyName);
  }

  /** Computed styles of one element, by property name. */
  static async styles(element: Locator, names: readonly string[]): Promise<Record<string, string>> {
    return element.evaluate(
      (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
      [...names],
    );
  }
}
