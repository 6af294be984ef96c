import type { Page } from "@playwright/test";
import { test } from "./fixtures/app";
import { EditorPage, expect, type TableId } from "./pages/editor.page";

/*
 * Typing at machine speed: every figure goes in with `keyboard.type` (no delay) straight after the key
 * that moved to its cell, as a fast accountant types. Every figure and every total must come out exact.
 */

const PARTS_03 = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
const PARTS_05 = ["基本支出", "项目支出"];
const LEAVES = ["2010301", "2010350", "2080505", "2101101", "2101102", "2101103", "2150517", "2210201"];

/** An amount string as exact integer cents (test arithmetic; the app uses decimal.js). */
const cents = (text: string) => {
  const [whole = "0", fraction = ""] = text.replace(/,/g, "").split(".");
  const sign = whole.startsWith("-") ? -1n : 1n;
  return sign * (BigInt(whole.replace("-", "") || "0") * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2)));
};
const shown = (value: bigint) => {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
};

/** What a cell amounts to: a stated cell's computed value (its title), otherwise its text. */
async function computed(editor: EditorPage, table: TableId, row: string, col: string): Promise<string> {
  if ((await editor.kind(table, row, col)) === "stated") return editor.derivedOfStated(table, row, col);
  return (await editor.text(table, row, col)).replace(/,/g, "");
}

/** Reads the entered leaves of a table: row → column → cents (blank counts as 0). */
async function leafValues(editor: EditorPage, table: TableId, parts: string[]) {
  const values = new Map<string, bigint>();
  for (const row of LEAVES)
    for (const col of parts) values.set(`${row}|${col}`, cents((await editor.text(table, row, col)) || "0"));
  return values;
}

type Step = [figure: string, key: string];

/** Types each figure at machine speed and presses the key after it at once. */
async function typeSteps(page: Page, steps: Step[]): Promise<void> {
  for (const [figure, key] of steps) {
    await page.keyboard.type(figure, { delay: 0 });
    await page.keyboard.press(key);
  }
}

/** Asserts the figures typed, each leaf's total and every column total of 合计, and 01's total. */
async function expectTotals(editor: EditorPage, table: TableId, parts: string[], total: string) {
  const values = await leafValues(editor, table, parts);
  for (const row of LEAVES) {
    const sum = parts.reduce((s, col) => s + (values.get(`${row}|${col}`) ?? 0n), 0n);
    expect(await computed(editor, table, row, total), `${table} ${row} ${total}`).toBe(shown(sum));
  }
  for (const col of parts) {
    const sum = LEAVES.reduce((s, row) => s + (values.get(`${row}|${col}`) ?? 0n), 0n);
    expect(await computed(editor, table, "合计", col), `${table} 合计 ${col}`).toBe(shown(sum));
  }
}

test.describe("no keystroke is lost or reordered", () => {
  test.describe.configure({ timeout: 180_000 });

  test("40 figures across 03 and 05 with Tab, Enter and arrows at machine speed, with every total", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
    const expected: [TableId, string, string, string][] = [];
    let n = 0;
    const figure = () => {
      n++;
      return n % 3 === 0 ? `${n}0${n}.5` : `90${String(n).padStart(2, "0")}`;
    };

    // A: 03, Tab along four rows of entered cells (Tab skips the grey ones).
    await editor.focusCell("03", "2010301", "基本支出");
    const a: Step[] = [];
    for (const row of LEAVES.slice(0, 4))
      for (const col of PARTS_03) {
        const f = figure();
        a.push([f, "Tab"]);
        expected.push(["03", row, col, f]);
      }
    await typeSteps(page, a);

    // B: switch to 05 and go down a column with Enter.
    await editor.showTable("05");
    await editor.focusCell("05", "2101101", "基本支出");
    const b: Step[] = [];
    for (const row of ["2101101", "2101102", "2101103"]) {
      const f = figure();
      b.push([f, "Enter"]);
      expected.push(["05", row, "基本支出", f]);
    }
    await typeSteps(page, b);

    // C: 05 with arrows: an edit started by typing is committed by an arrow, which then moves.
    await editor.focusCell("05", "2010301", "基本支出");
    const c: Step[] = [];
    for (const [row, col, key] of [
      ["2010301", "基本支出", "ArrowRight"],
      ["2010301", "项目支出", "ArrowDown"],
      ["2010350", "项目支出", "ArrowLeft"],
      ["2010350", "基本支出", "Enter"],
    ] as const) {
      const f = figure();
      c.push([f, key]);
      expected.push(["05", row, col, f]);
    }
    await typeSteps(page, c);

    // D: 05, Tab across the last two rows.
    await editor.focusCell("05", "2150517", "基本支出");
    const d: Step[] = [];
    for (const row of ["2150517", "2210201"])
      for (const col of PARTS_05) {
        const f = figure();
        d.push([f, "Tab"]);
        expected.push(["05", row, col, f]);
      }
    await typeSteps(page, d);

    // E: back to 03, Tab on.
    await editor.showTable("03");
    await editor.focusCell("03", "2101102", "基本支出");
    const e: Step[] = [];
    for (const [row, cols] of [
      ["2101102", PARTS_03],
      ["2101103", PARTS_03.slice(0, 4)],
    ] as const)
      for (const col of cols) {
        const f = figure();
        e.push([f, "Tab"]);
        expected.push(["03", row, col, f]);
      }
    await typeSteps(page, e);
    expect(expected).toHaveLength(40);

    const wrong: string[] = [];
    for (const table of ["03", "05"] as const) {
      await editor.showTable(table);
      for (const [t, row, col, f] of expected) {
        if (t !== table) continue;
        const text = (await editor.text(t, row, col)).replace(/,/g, "");
        if (text !== shown(cents(f))) wrong.push(`${t} ${row} ${col}: typed ${f}, shows ${text}`);
      }
      if (table === "03") await expectTotals(editor, "03", PARTS_03, "本年支出合计");
      else await expectTotals(editor, "05", PARTS_05, "小计");
    }
    expect(wrong, `${wrong.length} of ${expected.length} figures wrong`).toEqual([]);
  });

  test("figures typed on the placeholder table before AG Grid is ready go into the grid", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const release = await editor.holdGridCode();
    await page.goto("/");
    await expect(editor.placeholder("01")).toBeVisible({ timeout: 30_000 });
    const entered = editor.placeholder("01").locator('[data-kind="entered"]');
    const ids = await entered.evaluateAll((els) =>
      els.slice(0, 2).map((el) => el.getAttribute("data-testid")),
    );
    expect(ids.length).toBeGreaterThan(0);
    // The entered cells of 01 are blank in the sample: click the table cell around the (empty) amount.
    await entered.first().locator("xpath=..").click();
    await page.keyboard.type("4321.5", { delay: 0 });
    await page.keyboard.press("Enter");
    await expect(editor.message()).toContainText("表格正在载入");
    release();
    await editor.waitForGrid("01");
    await expect(page.getByTestId(ids[0] as string)).toHaveText(/^4,?321\.50$/);
  });
});
