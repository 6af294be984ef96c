import { test } from "./fixtures/app";
import { ALL_TABLES, EditorPage, expect } from "./pages/editor.page";

/** Consistent messages: the table list and the 审核 panel agree, findings read as words first. */
test.describe("messages", () => {
  test.describe.configure({ timeout: 90_000 });

  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
  });

  test("the table list counts what the panel lists under each table, 错误 before 提示 before 尾差", async ({
    page,
  }) => {
    const panel = page.getByTestId("checks-panel");
    await expect(panel.locator(".finding").first()).toBeVisible();
    let errorsListed = 0;
    for (const table of ALL_TABLES) {
      const [navError = 0, navWarning = 0] = await page
        .getByTestId(`nav-${table}`)
        .evaluate((nav) =>
          [".badge-error", ".badge-warning"].map((badge) =>
            Number(nav.querySelector(badge)?.textContent ?? 0),
          ),
        );
      const group = page.getByTestId(`checks-table-${table}`);
      await expect(group.locator(".finding.severity-error"), `${table} 错误`).toHaveCount(navError);
      await expect(group.locator(".finding.severity-warning"), `${table} 提示`).toHaveCount(navWarning);
      errorsListed += navError;
      const order = await group
        .locator(".finding")
        .evaluateAll((items) => items.map((item) => item.className.match(/severity-(\w+)/)?.[1] ?? ""));
      const rank = order.map((s) => ["error", "warning", "info"].indexOf(s));
      expect(rank, `${table} order`).toEqual([...rank].sort((a, b) => a - b));
    }
    expect(errorsListed).toBeGreaterThan(0);
    // 01's red count was a finding listed under 03 only; now 01's group has it.
    await expect(page.getByTestId("checks-table-01").locator(".finding.severity-error")).not.toHaveCount(0);
  });

  test("a finding reads as words: the rule id and Σ are on hover, not the first words", async ({ page }) => {
    const messages = page.getByTestId("checks-panel").locator(".finding-message");
    await expect(messages.first()).toBeVisible();
    const count = await messages.count();
    for (let i = 0; i < count; i++) {
      const message = messages.nth(i);
      await expect(message).not.toHaveText(/^\s*[A-Z]+\d*-\d/);
      await expect(message).not.toHaveText(/^\s*\S*Σ/);
      await expect(message).toHaveAttribute("title", /^[A-Z]+\d*-\d+ /);
    }
  });

  test("the formula bar shows a 尾差 as 尾差, a stated cell's rule in words", async ({ page }) => {
    // 01 本年支出合计 is 507.92 against its classes' 507.93: R01-2 is a 尾差 there.
    await editor.focusCell("01", "本年支出合计", "决算数");
    const rules = page.getByTestId("fb-rules");
    const tail = rules.locator('[data-state="info"]');
    await expect(tail).toContainText("尾差");
    await expect(tail).toHaveAttribute("title", /R01-2/);
    await expect(tail).not.toContainText("✗");
    await expect(page.getByTestId("fb-stated")).toContainText("改用计算值");
    // An entered cell is not stated: no such line.
    await editor.focusCell("01", "年初结转和结余", "决算数");
    await expect(page.getByTestId("fb-stated")).toHaveCount(0);
  });
});
