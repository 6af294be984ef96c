import { readFileSync } from "node:fs";
import { test } from "./fixtures/app";
import { DocumentsPage } from "./pages/documents.page";
import { EditorPage, expect } from "./pages/editor.page";

const SAMPLE = readFileSync(new URL("../public/samples/seed-2023.json", import.meta.url), "utf8");

/** Rows and cells as Excel/WPS put them on the clipboard: tab-separated, CRLF line ends, trailing CRLF. */
const excel = (rows: readonly (readonly string[])[]) => `${rows.map((r) => r.join("\t")).join("\r\n")}\r\n`;

test.describe("pasting from Excel into 03", () => {
  // Generous bound for a loaded 2-core machine; tests still wait on conditions only.
  test.describe.configure({ timeout: 90_000 });

  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.showTable("03");
  });

  test("a 2×3 block fills entered cells, skips derived cells with a message, and one Ctrl+Z undoes it", async () => {
    // Starting at 2010350 基本支出: row 1 is the leaf 2010350, row 2 is the 类 row 208 (all derived).
    // Row 1 holds a quoted cell, an empty cell and a grouped amount.
    const block = excel([
      ['"1,234.56"', "", "5"],
      ["7", "8", "9"],
    ]);
    await editor.focusCell("03", "2010350", "基本支出");
    await editor.paste(block);

    // The figures of row 2 fell on a 类 row: the message says so and offers the leaf paste, not taken here.
    await expect(editor.message()).toHaveText(
      "已粘贴 3 个单元格；已改用计算值：10 个合计，可撤销；3 个计算单元格已跳过（由公式得出，无需填写）；" +
        "其中 1 行数字落在类/款等计算行上，未填入改为只填入项级行",
    );
    await editor.expectText("03", "2010350", "基本支出", "1,234.56");
    await editor.expectText("03", "2010350", "项目支出", "");
    await editor.expectText("03", "2010350", "上缴上级支出", "5.00");
    // The derived row below is untouched.
    await editor.expectText("03", "208", "基本支出", "7.08");
    await editor.expectText("03", "208", "项目支出", "");
    await editor.expectText("03", "208", "上缴上级支出", "");
    // Sums follow: visible where nothing is stated, in the title where a figure is stated.
    for (const row of ["20103", "201", "合计"]) await editor.expectText("03", row, "上缴上级支出", "5.00");
    await editor.expectText("03", "2010350", "本年支出合计", "1,239.56");
    await editor.expectText("03", "20103", "基本支出", "1,251.67");
    await expect(editor.undoButton()).toHaveAttribute("title", "撤销：粘贴 3 个单元格（Ctrl+Z）");

    // Focus stays on the grid: one Ctrl+Z undoes the whole paste.
    await editor.expectFocused("03", "2010350", "基本支出");
    await editor.undoByKeyboard();
    await editor.expectText("03", "2010350", "基本支出", "67.47");
    await editor.expectText("03", "2010350", "上缴上级支出", "");
    for (const row of ["20103", "201", "合计"]) await editor.expectText("03", row, "上缴上级支出", "");
    await editor.expectDerivedOfStated("03", "20103", "基本支出", "84.58");
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("an empty pasted cell clears the entered cell it lands on", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.paste(excel([["", "2"]]));
    await editor.expectText("03", "2010301", "基本支出", "");
    await editor.expectText("03", "2010301", "项目支出", "2.00");
    await expect(editor.message()).toHaveText(/^已粘贴 2 个单元格；已改用计算值：\d+ 个合计，可撤销$/);
  });

  test("a block containing “abc” keeps that cell and reports it", async () => {
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.paste(excel([["abc", "3"]]));
    await expect(editor.message()).toHaveText(
      /^已粘贴 1 个单元格；已改用计算值：\d+ 个合计，可撤销；1 个单元格内容不是金额，保留原值（如“abc”）$/,
    );
    await expect(editor.message()).toHaveClass(/\bwarning\b/);
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "2010301", "项目支出", "3.00");
    await editor.undoByKeyboard();
    await editor.expectText("03", "2010301", "项目支出", "");
  });

  test("cells beyond the table's last column are ignored and reported", async () => {
    // 对附属单位补助支出 is the last column: the second pasted cell has nowhere to go.
    await editor.focusCell("03", "2010301", "对附属单位补助支出");
    await editor.paste(excel([["4", "5"]]));
    await editor.expectText("03", "2010301", "对附属单位补助支出", "4.00");
    await expect(editor.message()).toHaveText(
      /^已粘贴 1 个单元格；已改用计算值：\d+ 个合计，可撤销；1 个单元格超出表格范围，已忽略$/,
    );
  });

  test("an oversized paste (more than 20,000 cells) changes nothing and says so", async () => {
    const row = Array.from({ length: 100 }, () => "1");
    const block = excel(Array.from({ length: 201 }, () => row));
    await editor.focusCell("03", "2010301", "基本支出");
    await editor.paste(block);
    await expect(editor.message()).toHaveText("粘贴内容过大（超过 20000 个单元格），未粘贴任何内容");
    await expect(editor.message()).toHaveClass(/\berror\b/);
    await editor.expectText("03", "2010301", "基本支出", "17.11");
    await editor.expectText("03", "2010301", "项目支出", "");
    await editor.expectText("03", "2010350", "基本支出", "67.47");
    await expect(editor.undoButton()).toBeDisabled();
  });
});

/** 02 of the sample with 5 类 of 2 款 of 5 项: 50 项 rows, a 类 or 款 row before every fifth. */
function sampleWithFiftyLeaves(): string {
  const doc = JSON.parse(SAMPLE) as { tables: Record<string, { rows: object; names?: object }> };
  const rows: Record<string, object> = {};
  const names: Record<string, string> = {};
  for (const lei of CLASSES)
    for (const code of [
      lei,
      ...["01", "02"].flatMap((k) => [`${lei}${k}`, ...LEAVES.map((x) => `${lei}${k}${x}`)]),
    ]) {
      rows[code] = {};
      names[code] = `测试科目${code}`;
    }
  doc.tables["02"] = { rows, names };
  return JSON.stringify(doc);
}

const CLASSES = ["201", "205", "208", "210", "221"];
const LEAVES = ["01", "02", "03", "04", "05"];
const LEAF_ROWS = CLASSES.flatMap((lei) => ["01", "02"].flatMap((k) => LEAVES.map((x) => `${lei}${k}${x}`)));
const COLUMNS = [
  "本年收入合计",
  "财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];

/** Block row i (1…50) as an accountant's Excel has it, in cents: 合计, then six figures (10i + c).25. */
const centsRow = (i: number) => {
  const six = [1, 2, 3, 4, 5, 6].map((c) => (10 * i + c) * 100 + 25);
  return [six.reduce((a, b) => a + b, 0), ...six];
};
const plain = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
const figure = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString("en-US")}.${String(cents % 100).padStart(2, "0")}`;

test.describe("pasting 50 项 rows into 02 over its 类/款 rows", () => {
  test.describe.configure({ timeout: 120_000 });

  test("改为只填入项级行 puts every block row on a 项 row, and one undo restores the table", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const docs = new DocumentsPage(page);
    await editor.open();
    await docs.importFile({
      name: "五十项.json",
      mimeType: "application/json",
      text: sampleWithFiftyLeaves(),
    });
    await expect(docs.docName()).toHaveText("五十项");
    await editor.showTable("02");

    const block = Array.from({ length: 50 }, (_, i) => centsRow(i + 1));
    await editor.focusCell("02", "2010101", "本年收入合计");
    await editor.paste(excel(block.map((row) => row.map(plain))));
    // 50 displayed rows from 2010101: 40 项 rows and 10 类/款 rows whose figures are skipped. The sample's
    // 01 states its income from 02: the two totals reached go to their computed values.
    await expect(editor.message()).toHaveText(
      "已粘贴 240 个单元格；已改用计算值：2 个合计，可撤销；110 个计算单元格已跳过（由公式得出，无需填写）；" +
        "其中 10 行数字落在类/款等计算行上，未填入改为只填入项级行",
    );
    await editor.expectText("02", "2010201", "财政拨款收入", figure(7125));

    await editor.chooseInMessage("改为只填入项级行");
    await expect(editor.message()).toHaveText(
      "已只填入项级行：50 行填入 2010101 至 2210205 的 50 个项级行，共 300 个单元格，跳过其间 13 个类/款等计算行；" +
        "50 个计算单元格已跳过（由公式得出，无需填写）；已改用计算值：2 个合计，可撤销",
    );
    // The last 项 rows hold the block's last rows, 合计 included (computed from the six figures).
    for (const [row, i] of [
      ["2210204", 49],
      ["2210205", 50],
    ] as const) {
      const expected = centsRow(i);
      for (const [c, col] of COLUMNS.entries())
        await editor.expectText("02", row, col, figure(expected[c] ?? 0));
    }
    // The 款 row after the first five 项 rows holds no figure of its own; 2010201 holds block row 6.
    await editor.expectText("02", "2010201", "财政拨款收入", figure(6125));
    await editor.expectText("02", "20101", "财政拨款收入", figure(1125 + 2125 + 3125 + 4125 + 5125));
    // None lost: 合计 is the sum of the block's 50 合计 figures.
    const total = block.reduce((sum, row) => sum + (row[0] ?? 0), 0);
    await editor.expectText("02", "合计", "本年收入合计", figure(total));
    await expect(editor.undoButton()).toHaveAttribute("title", "撤销：粘贴 300 个单元格到项级行（Ctrl+Z）");

    await editor.undoByButton();
    for (const col of COLUMNS) await editor.expectText("02", "合计", col, "");
    for (const row of [LEAF_ROWS[0] ?? "", "2010201", "2210205"])
      await editor.expectText("02", row, "财政拨款收入", "");
    await expect(editor.undoButton()).toBeDisabled();
  });
});
