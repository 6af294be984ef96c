import type { Page } from "@playwright/test";
import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

/** Where the keyboard focus is relative to 03's grid: inside, or before/after it in the page. */
function focusAgainstGrid(page: Page) {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid="grid-03"]');
    const active = document.activeElement;
    if (!grid || !active || active === document.body) return "nowhere";
    if (grid.contains(active)) return "inside";
    return grid.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? "after" : "before";
  });
}

test.describe("keyboard users can leave the grid", () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
  });

  test("F6 / Shift+F6 cycle the table list, the grid, the side panel and the header", async ({ page }) => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.press("F6");
    await expect(page.getByTestId("side-tab-checks")).toBeFocused();
    await editor.press("F6");
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest(".doc-header"))))
      .toBe(true);
    await editor.press("F6");
    await expect(editor.nav("03")).toBeFocused();
    await editor.press("F6");
    await editor.expectFocused("03", "2010301", "基本支出");
    await editor.press("Shift+F6");
    await expect(editor.nav("03")).toBeFocused();
    await editor.press("Shift+F6");
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest(".doc-header"))))
      .toBe(true);
  });

  test("the folded side panel's strip opened by keyboard leaves the focus on the 审核 tab", async ({
    page,
  }) => {
    await page.getByTestId("side-fold").click();
    const strip = page.getByTestId("checks-open");
    await strip.focus();
    await editor.press("Enter");
    await expect(page.getByTestId("side-tab-checks")).toBeFocused();
    await editor.press("Tab");
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="side-panel"]'))))
      .toBe(true);
  });

  test("F6 / Shift+F6 from the 培训模式 switch move on, with 培训模式 off and on", async ({ page }) => {
    const toggle = page.getByTestId("training-toggle");
    await page.setViewportSize({ width: 1280, height: 720 });
    await editor.focusCell("03", "2010301", "基本支出");
    for (const on of [false, true]) {
      await toggle.focus();
      if (on) await editor.press("Space");
      await expect(toggle).toBeChecked({ checked: on });
      await editor.press("F6");
      await expect(toggle).not.toBeFocused();
      await toggle.focus();
      await editor.press("Shift+F6");
      await expect(toggle).not.toBeFocused();
    }
  });

  test("F6 into a table with nothing selected lands on a figure, not on the 栏次 lane", async ({ page }) => {
    await editor.showTable("01");
    await editor.nav("01").focus();
    await editor.press("F6");
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.querySelector("[data-kind]"))))
      .toBe(true);
  });

  test("Tab past the last entered cell leaves the grid; Shift+Tab before the first does too", async ({
    page,
  }) => {
    await editor.focusCell("03", "2150517", "对附属单位补助支出");
    for (let i = 0; i < 5; i++) await editor.press("Tab");
    await editor.expectFocused("03", "2210201", "对附属单位补助支出");
    await editor.press("Tab");
    await expect.poll(() => focusAgainstGrid(page)).toBe("after");

    await editor.focusCell("03", "2010301", "项目支出");
    await editor.press("Shift+Tab");
    await editor.expectFocused("03", "2010301", "基本支出");
    await editor.press("Shift+Tab");
    await expect.poll(() => focusAgainstGrid(page)).toBe("before");
  });
});
