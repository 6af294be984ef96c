import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";

/*
 * An edit committed with Enter and followed at once by a reload (F5) or a navigation away must be there
 * after it, every time: IndexedDB may abort a transaction the unloading page started, so the page also
 * writes the change synchronously on pagehide and replays it on the next start.
 */

const ROUNDS = 20;

test("an edit followed at once by a reload or a navigation is there after it, 20 times in a row", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const editor = new EditorPage(page);
  await editor.open();
  const lost: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const figure = `${7000 + round}.${String(round).padStart(2, "0")}`;
    await editor.showTable("03");
    await editor.focusCell("03", "2010301", "基本支出");
    await page.keyboard.type(figure, { delay: 0 });
    await page.keyboard.press("Enter");
    // No wait at all: the page goes while the save has at best just started.
    if (round % 4 === 3) await page.goto("/");
    else await page.reload();
    await expect(editor.tableView("01")).toBeVisible({ timeout: 30_000 });
    await editor.waitForGrid("01");
    await editor.showTable("03");
    const shown = (await editor.text("03", "2010301", "基本支出")).replace(/,/g, "");
    if (shown !== figure) lost.push(`round ${round + 1}: typed ${figure}, shows ${shown}`);
  }
  expect(lost, `${lost.length} of ${ROUNDS} edits lost`).toEqual([]);
});
