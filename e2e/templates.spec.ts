import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures/app";
import { DocumentsPage, SHANGHAI_24, SHANGHAI_26 } from "./pages/documents.page";
import { EditorPage } from "./pages/editor.page";

const TABLES = ["01", "02", "03", "04", "05", "06", "09", "07", "08"] as const;

test.describe("上海 2024/2025 template", () => {
  test.describe.configure({ timeout: 120_000 });

  test("新建 a shanghai-2024-24 document: typed figures reach 01/04/05, the print shows 三公 as 七", async ({
    page,
  }, testInfo) => {
    const editor = new EditorPage(page);
    const documents = new DocumentsPage(page);
    await editor.open();
    await documents.newDocument({
      department: "上海市某区某局",
      year: "2024",
      unit: "万元",
      template: SHANGHAI_24,
    });

    // The table list follows the template's printed order, ordinals instead of 公开XX表 labels.
    await expect(page.locator(".table-nav > ol:not(.table-nav-parts) li button .nav-title")).toHaveText([
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算表",
      "财政拨款“三公”经费支出决算表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款收入支出决算表",
    ]);
    await expect(editor.nav("09").locator(".nav-label")).toHaveText("七");

    await editor.showTable("03");
    await editor.addSubjectRow("03", "2010301");
    await editor.typeInto("03", "2010301", "基本支出", "12.5");
    await editor.showTable("05");
    await editor.addSubjectRow("05", "2010301");
    await editor.typeInto("05", "2010301", "基本支出", "12.5");
    await editor.typeInto("05", "2010301", "项目支出", "3");
    await editor.expectText("05", "2010301", "小计", "15.50");
    await editor.expectText("05", "合计", "小计", "15.50");
    // 合计 is printed last in 上海's 05.
    expect(await editor.rowIndex("05", "合计")).toBeGreaterThan(await editor.rowIndex("05", "2010301"));
    await editor.showTable("04");
    await editor.expectText("04", "201", "一般公共预算财政拨款", "15.50");
    await editor.expectText("04", "本年支出合计", "合计", "15.50");
    await editor.showTable("01");
    await editor.expectText("01", "201", "决算数", "12.50");
    await editor.expectText("01", "本年支出合计", "决算数", "12.50");
    // No 栏次 line and no 行次 column.
    await expect(editor.grid("01").locator('.ag-row[row-id="__lane"]')).toHaveCount(0);
    await expect(editor.grid("01").locator(".ag-header")).not.toContainText("行次");

    for (const table of TABLES) {
      await editor.showTable(table);
      await page.screenshot({ path: testInfo.outputPath(`shanghai-${table}.png`) });
    }

    await page.getByTestId("open-preview").click();
    const preview = page.frameLocator('iframe[title="打印预览"]');
    await expect(preview.locator(".toc-title")).toHaveText(
      [..."一二三四五六七八九"].map((ordinal) => new RegExp(`^${ordinal}、`)),
    );
    await expect(preview.locator(".toc-title").nth(6)).toHaveText("七、财政拨款“三公”经费支出决算表");
    await expect(preview.locator("section.table-page").nth(6)).toHaveAttribute("data-table", "09");
    await expect(preview.locator('[data-cell="05|合计|小计"]')).toHaveText("15.50");
    await expect(preview.getByText("尾差")).toHaveCount(0);
    await expect(preview.getByText("公开05表")).toHaveCount(0);
  });
});

test("转换模板: the sample to shanghai-2024 and back keeps every figure; undo goes back one step", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  const documents = new DocumentsPage(page);
  await editor.open();
  const exported = async () => {
    const download = await documents.exportJson();
    const path = await download.path();
    return JSON.parse(readFileSync(path, "utf8")) as { meta: { template: string }; tables: unknown };
  };
  const convert = async (name: string) => {
    await documents.openList();
    await documents.dialog().getByRole("button", { name: "转换模板…" }).click();
    const form = documents.dialog().getByTestId("convert-template-form");
    await form.getByLabel("转换为").selectOption({ label: name });
    await page.screenshot({ path: testInfo.outputPath(`convert-to-${name.slice(0, 2)}.png`) });
    await expect(form.getByTestId("convert-lost")).toHaveText(
      "所有数字在新格式中都有对应位置，转换后全部保留。",
    );
    await form.getByRole("button", { name: "转换", exact: true }).click();
    await expect(documents.dialog()).toBeHidden();
  };
  const before = await exported();
  await page.setViewportSize({ width: 1280, height: 720 });

  await convert(SHANGHAI_26);
  await expect(editor.message()).toContainText("所有数字均已保留");
  await expect(editor.nav("09").locator(".nav-label")).toHaveText("七");
  await editor.showTable("05");
  await editor.expectText("05", "合计", "小计", "507.92");
  await page.screenshot({ path: testInfo.outputPath("sample-shanghai-05-1280.png") });
  const there = await exported();
  expect(there.meta.template).toBe("shanghai-2024");
  expect(there.tables).toEqual(before.tables);

  await convert("2023 年度格式：支出功能分类 26 类（含债务还本、付息）");
  await expect(editor.nav("09").locator(".nav-label")).toHaveText("公开09");
  const back = await exported();
  expect(back).toEqual(before);

  await editor.undoByButton();
  await expect(editor.nav("09").locator(".nav-label")).toHaveText("七");
});

test("载入模板: a bad file is refused in Chinese; a good one is offered by 新建 and kept after a reload", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  const documents = new DocumentsPage(page);
  await editor.open();
  await documents.openList();
  const input = documents.dialog().getByTestId("template-input");
  const outcome = documents.dialog().getByTestId("template-load-outcome");

  await input.setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format":"x"}'),
  });
  await expect(outcome).toContainText("bad.json：模板文件有误，未载入");
  await expect(outcome).toContainText(
    '模板格式标记（format）：不是决算公开模板（format 应为 "juesuan-template"）',
  );

  const own = JSON.parse(readFileSync("public/templates/shanghai-2024.json", "utf8"));
  own.id = "test-district-2024";
  own.name = "某区 2024 年度格式（测试）";
  own.tables["06"].title = "某区基本支出表";
  await input.setInputFiles({
    name: "own.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(own)),
  });
  await expect(outcome).toHaveText("已载入模板“某区 2024 年度格式（测试）”，可在新建文档和转换模板中选用");

  await page.reload();
  await documents.openList();
  await documents.createDocument({ department: "某区某局", year: "2024", unit: "万元", template: own.name });
  await editor.showTable("06");
  await expect(editor.title("06")).toHaveText("某区基本支出表");
});

test("a file whose template is unknown says so and offers 载入模板 there; once it is loaded the file opens", async ({
  page,
}, testInfo) => {
  const editor = new EditorPage(page);
  const documents = new DocumentsPage(page);
  await editor.open();
  const doc = JSON.parse(readFileSync("public/samples/seed-2023.json", "utf8"));
  doc.meta.template = "sichuan-2023";
  doc.meta.department = "四川某局";
  await documents.importFile({
    name: "sichuan.json",
    mimeType: "application/json",
    text: JSON.stringify(doc),
  });
  await expect(documents.importFailure()).toContainText("未知的模板“sichuan-2023”");
  await expect(documents.importFailure()).toContainText("载入模板");
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`unknown-template-${width}.png`) });
  }

  const template = JSON.parse(readFileSync("public/templates/shanghai-2024.json", "utf8"));
  template.id = "another-2023";
  template.name = "另一个模板（测试）";
  await documents.loadMissingTemplate({
    name: "another.json",
    mimeType: "application/json",
    text: JSON.stringify(template),
  });
  await expect(documents.importFailure()).toContainText(
    "已载入模板“另一个模板（测试）”（编号 another-2023），但本文件需要编号为“sichuan-2023”的模板",
  );
  await expect(documents.department()).not.toHaveText("四川某局");

  template.id = "sichuan-2023";
  template.name = "四川 2023 年度格式（测试）";
  await documents.loadMissingTemplate({
    name: "sichuan-template.json",
    mimeType: "application/json",
    text: JSON.stringify(template),
  });
  await expect(documents.importFailure()).toHaveCount(0);
  await expect(documents.department()).toHaveText("四川某局");
  await expect(editor.message()).toContainText("已导入“sichuan.json”");
  await editor.showTable("03");
  await editor.expectText("03", "2010301", "基本支出", "17.11");
});
