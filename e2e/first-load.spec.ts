import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

/*
 * The first table is drawn as a plain HTML table while AG Grid's code loads (src/ui/grid/StaticGrid.tsx),
 * then the grid takes its place. These tests hold the grid's code back to look at the moment between.
 */

test("before AG Grid has loaded, 01 shows its figures; a key pressed is answered; a cell clicked is the grid's focused cell", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const release = await editor.holdGridCode();
  await page.goto("/");

  await expect(editor.placeholder("01")).toBeVisible({ timeout: 30_000 });
  await expect(editor.grid("01")).toHaveCount(0);
  await expect(editor.title("01")).toHaveText("收入支出决算总表");
  await expect(editor.placeholder("01").locator("thead")).toContainText("收入");
  await expect(editor.placeholder("01").locator("thead")).toContainText("决算数");
  await expect(editor.cell("01", "一般公共预算财政拨款收入", "决算数")).toHaveText("507.92");
  await expect(editor.cell("01", "201", "决算数")).toHaveText("84.58");
  await expect(editor.cell("01", "201", "决算数")).toHaveAttribute("data-kind", "stated");

  await editor.cell("01", "201", "决算数").click();
  // Typing before the grid is there is not taken, and the page says so rather than losing it silently.
  await page.keyboard.type("1");
  await expect(editor.message()).toContainText("表格正在载入");
  release();

  await editor.waitForGrid("01");
  await expect(editor.placeholder("01")).toHaveCount(0);
  await editor.expectFocused("01", "201", "决算数");
});

test("when AG Grid's code cannot be loaded the table stays readable and the page says why", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.holdGridCode({ fail: true });
  await page.goto("/");

  await expect(page.getByRole("alert")).toContainText("表格组件未能载入", { timeout: 30_000 });
  await expect(editor.placeholder("01")).toBeVisible();
  await expect(editor.cell("01", "一般公共预算财政拨款收入", "决算数")).toHaveText("507.92");
});

test("the sample is fetched ahead at the first start only: a later start opens the saved document without it", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const preload = page.locator('link[rel="preload"][href$="/samples/seed-2023.json"]');
  await editor.open();
  await expect(preload).toHaveCount(1);

  const sampleRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/samples/seed-2023.json")) sampleRequests.push(request.url());
  });
  await page.reload();
  await expect(editor.grid("01").locator(".ag-row").first()).toBeVisible({ timeout: 30_000 });
  await expect(preload).toHaveCount(0);
  expect(sampleRequests).toEqual([]);
});
