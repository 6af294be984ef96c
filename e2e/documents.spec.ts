import { readFileSync } from "node:fs";
import { type BrowserContext, chromium, type Page, type TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures/app";
import { DocumentsPage, type FileToImport } from "./pages/documents.page";
import { EditorPage, twoDecimals } from "./pages/editor.page";

const SAMPLE = readFileSync(new URL("../public/samples/seed-2023.json", import.meta.url), "utf8");
const SAMPLE_NAME = "示例：焦作经济技术产业集聚区管理委员会（2023 年度）";
const DEPARTMENT = "焦作经济技术产业集聚区管理委员会";
/** An entered cell of the sample and its value as shown. */
const PROBE = { table: "03", row: "2010301", col: "基本支出", shown: "17.11" } as const;

/**
 * 50 entered cells of table 06 (经济分类 items of the 2023 template, 决算数), in printed order: 人员经费
 * (301, 303) then 公用经费 (302).
 */
const CELLS_06 = [
  ...["30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112", "30113"],
  ...["30114", "30199", "30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308", "30309"],
  ...["30310", "30399", "30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208", "30209"],
  ...["30211", "30212", "30213", "30214", "30215", "30216", "30217", "30218", "30224", "30225", "30226"],
  ...["30227", "30228", "30229", "30231", "30239", "30240"],
].map((row) => ({ row, col: "决算数" }));

/** The parts of the sample file the tests change (anything may be put there, to make bad files). */
interface SampleFile {
  format: unknown;
  version: unknown;
  meta: Record<string, unknown>;
  tables: Record<string, { rows: Record<string, Record<string, unknown>> }>;
  derived?: unknown;
}

/** The sample file with changes, as text. */
function sampleWith(change: (doc: SampleFile) => void): string {
  const doc = JSON.parse(SAMPLE) as SampleFile;
  change(doc);
  return JSON.stringify(doc, null, 2);
}

function probeRow(doc: SampleFile): Record<string, unknown> {
  const row = doc.tables["03"]?.rows["2010301"];
  if (!row) throw new Error("the sample has no 03 row 2010301");
  return row;
}

const json = (name: string, text: string): FileToImport => ({ name, mimeType: "application/json", text });

/** Opens the app and waits for the document and its saved state. */
async function openApp(page: Page, path = "/"): Promise<{ editor: EditorPage; docs: DocumentsPage }> {
  const editor = new EditorPage(page);
  const docs = new DocumentsPage(page);
  await page.goto(path);
  await expect(editor.tableView("01")).toBeVisible();
  await editor.waitForGrid("01");
  return { editor, docs };
}

/** A persistent browser profile, launched as playwright.config.ts launches Chromium. */
function launchProfile(testInfo: TestInfo, userDataDir: string): Promise<BrowserContext> {
  const use = testInfo.project.use;
  return chromium.launchPersistentContext(userDataDir, {
    ...use.launchOptions,
    baseURL: use.baseURL,
    viewport: use.viewport ?? null,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
}

function failOnPageErrors(page: Page, errors: Error[]): void {
  page.on("pageerror", (error) => errors.push(error));
}

test.describe("documents: saved at once, locally", () => {
  test("nothing lost: 50 edits survive closing the browser at once", async ({ browserName }, testInfo) => {
    expect(browserName).toBe("chromium");
    test.setTimeout(180_000);
    const profile = testInfo.outputPath("profile");
    const cells = CELLS_06;
    expect(cells).toHaveLength(50);
    const value = (i: number) => `${1000 + i}.${String(i).padStart(2, "0")}`;
    const errors: Error[] = [];

    let context = await launchProfile(testInfo, profile);
    let page = context.pages()[0] ?? (await context.newPage());
    failOnPageErrors(page, errors);
    let { editor, docs } = await openApp(page);
    await docs.expectSaved();
    await editor.showTable("06");
    for (const [i, { row, col }] of cells.entries()) await editor.typeInto("06", row, col, value(i));
    // No waiting for 已保存: the browser goes away right after the last edit.
    await context.close();

    context = await launchProfile(testInfo, profile);
    page = context.pages()[0] ?? (await context.newPage());
    failOnPageErrors(page, errors);
    ({ editor, docs } = await openApp(page));
    await expect(docs.docName()).toHaveText(SAMPLE_NAME);
    await editor.showTable("06");
    for (const [i, { row, col }] of cells.entries())
      await editor.expectText("06", row, col, twoDecimals(value(i)));
    // The undo history came back too: the last edit can be undone.
    await expect(editor.undoButton()).toBeEnabled();
    await docs.openList();
    await docs.expectNames([SAMPLE_NAME]);
    await context.close();
    expect(errors, errors.map((e) => e.message).join("\n")).toEqual([]);
  });

  test("the header says 已保存 after an edit; a reload brings the edit back", async ({ page }) => {
    const { editor, docs } = await openApp(page);
    await docs.expectSaved();
    await editor.showTable("03");
    await editor.typeInto(PROBE.table, PROBE.row, PROBE.col, "42");
    await docs.expectSaved();
    await page.reload();
    await editor.waitForGrid("01");
    await editor.showTable("03");
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, "42.00");
  });
});

test.describe("documents: import", () => {
  const BAD_FILES: { file: FileToImport; path: string; message: string | RegExp }[] = [
    {
      file: json("不是json.json", "{ 这不是 JSON"),
      path: "第 1 行第 3 列",
      message: /字段名应写在英文双引号里，这里却是“这”。不是有效的 JSON 文件，未做任何改动/,
    },
    {
      file: json(
        "别的格式.json",
        sampleWith((d) => (d.format = "excel")),
      ),
      path: "文档格式标记（format）",
      message: '不是决算公开文档（format 应为 "juesuan"）',
    },
    {
      file: json(
        "别的版本.json",
        sampleWith((d) => (d.version = 3)),
      ),
      path: "格式版本（version）",
      message: "不支持的文档版本（本编辑器读取 version 1 和 2）",
    },
    {
      file: json(
        "年度是文字.json",
        sampleWith((d) => (d.meta.year = "二〇二三")),
      ),
      path: "文档信息 · 年度（meta.year）",
      message: /年度应为整数/,
    },
    {
      file: json(
        "金额有逗号.json",
        sampleWith((d) => (probeRow(d).基本支出 = "12,3a")),
      ),
      path: "表 03 · 第 2010301 行 · 基本支出",
      message: /不是有效的金额字符串/,
    },
    {
      file: json(
        "金额是数字.json",
        sampleWith((d) => (probeRow(d).基本支出 = 12.3)),
      ),
      path: "表 03 · 第 2010301 行 · 基本支出",
      message: /金额必须写成字符串/,
    },
    {
      // 02's row 2010301 listed a second time (its first place in the file): JSON.parse alone would keep
      // the last copy silently.
      file: json(
        "同一行两次.json",
        SAMPLE.replace('"2010350": {', '"2010301": { "本年收入合计": "99.00" },\n        "2010350": {'),
      ),
      path: "表 02 · 第 2010301 行",
      message: "公开02表的行“2010301”在文件中出现了两次",
    },
    {
      file: json(
        "金额太长.json",
        sampleWith((d) => (probeRow(d).基本支出 = "1".repeat(45))),
      ),
      path: "表 03 · 第 2010301 行 · 基本支出",
      message: "金额过长：整数最多 20 位",
    },
    {
      file: json(
        "未知表号.json",
        sampleWith((d) => (d.tables["10"] = { rows: {} })),
      ),
      path: "表 10",
      message: /没有10表/,
    },
  ];

  test("each kind of bad file is refused with the path and the problem, and nothing changes", async ({
    page,
  }) => {
    const { editor, docs } = await openApp(page);
    await docs.expectSaved();
    await editor.showTable("03");
    for (const { file, path, message } of BAD_FILES) {
      await docs.importFile(file);
      const failure = docs.importFailure();
      await expect(failure).toBeVisible();
      await expect(failure).toContainText(`无法导入“${file.name}”，未做任何改动`);
      await expect(failure.locator("li").first()).toContainText(path);
      await expect(failure.locator("li").first()).toContainText(message);
      await docs.dismissImportFailure();
    }
    // Too large (20 MB + 1 byte), dropped on the window: refused before it is read.
    await docs.dropFile({ name: "太大.json", mimeType: "application/json", bytes: 20 * 1024 * 1024 + 1 });
    await expect(docs.importFailure()).toContainText("文件过大（20.0 MB，上限 20 MB），未导入");
    await docs.dismissImportFailure();

    // The open document is unchanged and no document was added.
    await expect(docs.department()).toHaveText(DEPARTMENT);
    await expect(docs.docName()).toHaveText(SAMPLE_NAME);
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, PROBE.shown);
    await expect(editor.undoButton()).toBeDisabled();
    await docs.expectSaved();
    await docs.openList();
    await docs.expectNames([SAMPLE_NAME]);
  });

  test("a malformed file is refused in Chinese: where, what is wrong, what to do (QA defect 8)", async ({
    page,
  }) => {
    const { editor, docs } = await openApp(page);
    await docs.expectSaved();
    await docs.importFile(json("截断.json", '{"format":"juesuan", "version": 2, '));
    const problems = docs.importFailureProblems();
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toHaveText(
      "第 1 行第 36 列：文件在这里提前结束：可能没有存完整或被截断，或少了 }、] 或引号。" +
        "不是有效的 JSON 文件，未做任何改动。请用文本编辑器改正这一处，或重新导出该文件后再试",
    );
    await docs.dismissImportFailure();
    await docs.importFile(json("空对象.json", "{}"));
    await expect(problems).toHaveText([
      '文档格式标记（format）：不是决算公开文档（format 应为 "juesuan"）：请选择本编辑器导出的文档文件（.json）',
    ]);
    await docs.dismissImportFailure();
    await expect(docs.docName()).toHaveText(SAMPLE_NAME);
    await expect(editor.undoButton()).toBeDisabled();
  });

  test("a good file opens as a new document; the list shows both; drop works too", async ({ page }) => {
    const { editor, docs } = await openApp(page);
    await docs.expectSaved();
    const imported = sampleWith((d) => {
      d.meta.department = "导入测试局";
      probeRow(d).基本支出 = "18.00";
      d.derived = { "03": { rows: { 合计: { 本年支出合计: "1" } } } };
    });
    await docs.importFile(json("导入测试局-2023-决算.json", imported));
    await expect(docs.department()).toHaveText("导入测试局");
    await expect(docs.docName()).toHaveText("导入测试局-2023-决算");
    await expect(docs.importFailure()).toHaveCount(0);
    await editor.showTable("03");
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, "18.00");
    await docs.expectSaved();
    await docs.openList();
    await docs.expectNames(["导入测试局-2023-决算", SAMPLE_NAME]);
    await docs.closeList();

    // Dropped on the window: another new document.
    await docs.dropFile({
      name: "拖入.json",
      mimeType: "application/json",
      text: sampleWith((d) => (d.meta.department = "拖入局")),
    });
    await expect(docs.department()).toHaveText("拖入局");
    await docs.openList();
    await docs.expectNames(["拖入", "导入测试局-2023-决算", SAMPLE_NAME]);
    // The original is still there as it was.
    await docs.open(SAMPLE_NAME);
    await expect(docs.department()).toHaveText(DEPARTMENT);
  });
});

test.describe("documents: list", () => {
  test("新建, 重命名, 复制, 删除 and 打开示例", async ({ page }) => {
    const { editor, docs } = await openApp(page);
    await docs.expectSaved();
    await docs.openList();
    await docs.createDocument({ department: "新建测试局", year: "2024", unit: "元" });
    await expect(docs.department()).toHaveText("新建测试局");
    await expect(page.getByTestId("doc-year")).toHaveText("2024 年度");
    await expect(page.getByTestId("doc-unit")).toHaveText("单位：元");
    await expect(docs.docName()).toHaveText("新建测试局（2024 年度）");
    // A blank document: nothing entered.
    await editor.showTable("03");
    await editor.expectText("03", "合计", "本年支出合计", "");

    await docs.openList();
    await docs.expectNames(["新建测试局（2024 年度）", SAMPLE_NAME]);
    await docs.rename("新建测试局（2024 年度）", "二〇二四草稿");
    await expect(docs.docName()).toHaveText("二〇二四草稿");
    await docs.duplicate(SAMPLE_NAME);
    await expect(docs.row(`${SAMPLE_NAME}（副本）`)).toHaveCount(1);
    await docs.remove(`${SAMPLE_NAME}（副本）`);
    // Deleting asks first: 取消 keeps it.
    await docs.row(SAMPLE_NAME).getByRole("button", { name: "删除", exact: true }).click();
    await docs.row(SAMPLE_NAME).getByRole("button", { name: "取消" }).click();
    await expect(docs.row(SAMPLE_NAME)).toHaveCount(1);

    await docs.openSample();
    await expect(docs.department()).toHaveText(DEPARTMENT);
    await docs.openList();
    await expect(docs.rows()).toHaveCount(3);
    await docs.open("二〇二四草稿");
    await expect(docs.department()).toHaveText("新建测试局");
  });
});

test.describe("documents: two tabs", () => {
  test("the second tab on the same document is told and goes read-only; 重新载入 takes over", async ({
    page,
    context,
  }) => {
    const first = await openApp(page);
    await first.docs.expectSaved();
    const second = await openApp(await context.newPage());

    await expect(second.docs.readOnlyBanner()).toContainText("此文档已在另一个标签页中打开");
    await expect(second.docs.saveStatus()).toHaveText("只读，未自动保存");
    await expect(first.docs.readOnlyBanner()).toHaveCount(0);

    // The read-only tab opens no editor: typing changes nothing (and nothing is saved from here).
    await second.editor.showTable("03");
    await second.editor.focusCell(PROBE.table, PROBE.row, PROBE.col);
    await second.editor.press("9");
    await second.editor.press("Enter");
    await expect(second.editor.editor(PROBE.table)).toHaveCount(0);
    await second.editor.expectText(PROBE.table, PROBE.row, PROBE.col, PROBE.shown);
    await expect(second.editor.undoButton()).toBeDisabled();
    await expect(second.docs.readOnlyBanner()).toBeVisible();

    // The first tab edits and saves; the second is told its copy is older.
    await first.editor.showTable("03");
    await first.editor.typeInto(PROBE.table, PROBE.row, PROBE.col, "55");
    await first.docs.expectSaved();
    await expect(second.docs.readOnlyBanner()).toContainText("此文档已在另一个标签页中修改");

    // 重新载入: the second tab shows the newer version and edits; the first goes read-only.
    await second.docs.reloadNewest();
    await second.editor.showTable("03");
    await second.editor.expectText(PROBE.table, PROBE.row, PROBE.col, "55.00");
    await expect(first.docs.readOnlyBanner()).toContainText("此文档已在另一个标签页中打开");
    await second.editor.typeInto(PROBE.table, PROBE.row, PROBE.col, "56");
    await second.docs.expectSaved();
    await expect(first.docs.readOnlyBanner()).toContainText("此文档已在另一个标签页中修改");
  });
});

test.describe("documents: storage failure", () => {
  test("storage unavailable: the header says so, editing still works, export downloads", async ({ page }) => {
    const { editor, docs } = await openApp(page, "/?storage=fail");
    await expect(docs.saveStatus()).toHaveText("保存失败（浏览器不允许本地存储，例如处于隐私模式）");
    await editor.showTable("03");
    await editor.typeInto(PROBE.table, PROBE.row, PROBE.col, "66");
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, "66.00");
    await expect(docs.saveStatus()).toContainText("保存失败");

    const download = await docs.exportJson();
    expect(download.suggestedFilename()).toBe(`${DEPARTMENT}-2023-决算.json`);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(exported.tables["03"].rows["2010301"].基本支出).toBe("66.00");
    expect(exported.derived).toBeDefined();

    // Opening another document would lose the edits kept only in this page: refused.
    await docs.importFile(json("其他.json", SAMPLE));
    await expect(editor.message()).toContainText("请先“导出 JSON”保存");
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, "66.00");
  });

  test("quota exhausted: 本机存储空间已满", async ({ page }) => {
    const { editor, docs } = await openApp(page, "/?storage=full");
    await expect(docs.saveStatus()).toHaveText("保存失败（本机存储空间已满）");
    await editor.showTable("03");
    await editor.typeInto(PROBE.table, PROBE.row, PROBE.col, "67");
    await editor.expectText(PROBE.table, PROBE.row, PROBE.col, "67.00");
    await expect(docs.saveStatus()).toHaveText("保存失败（本机存储空间已满）");
  });

  test("export JSON in the normal case is named {部门}-{年度}-决算.json and carries derived", async ({
    page,
  }) => {
    const { docs } = await openApp(page);
    const download = await docs.exportJson();
    expect(download.suggestedFilename()).toBe(`${DEPARTMENT}-2023-决算.json`);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(exported.meta.department).toBe(DEPARTMENT);
    expect(exported.derived["03"]).toBeDefined();
  });
});
