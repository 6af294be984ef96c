import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../../domain/testing/narrative";
import { Workbook } from "../../domain/workbook/workbook";
import { exportHtml } from "./export-html";

describe("printable HTML: the whole publication", () => {
  const html = exportHtml(seedWorkbook(), { embedDocument: false });

  it("prints the parts in the template's order: cover, 目录, 第一部分, the tables, 第三、四、五部分", () => {
    const order = [
      'class="cover"',
      'class="contents"',
      'id="part-overview"',
      ...["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((t) => `id="table-${t}"`),
      'id="part-narrative"',
      'id="part-glossary"',
      'id="part-attachments"',
    ].map((marker) => html.indexOf(marker));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("lists the parts and the 情况说明 sections in the 目录", () => {
    const contents = html.slice(html.indexOf('class="contents"'), html.indexOf('id="part-overview"'));
    expect(contents).toContain("第一部分 部门概况");
    expect(contents).toContain("第三部分 2023 年度部门决算情况说明");
    expect(contents).toContain("十三、");
    expect(contents).toContain("第五部分 附件");
  });

  it("typesets the 情况说明 as published: headings, bold item titles, figures computed", () => {
    const narrative = html.slice(html.indexOf('id="part-narrative"'), html.indexOf('id="part-glossary"'));
    expect(narrative).toContain('<h3 class="pub-section">五、一般公共预算财政拨款支出决算情况说明</h3>');
    expect(narrative).toContain('<h4 class="pub-subheading">（三）具体情况。</h4>');
    expect(narrative).toContain(
      "<strong>1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。</strong>年初预算为 18.85 万元，支出决算为 17.11 万元，完成年初预算的 90.77%。",
    );
    // The heading as published (misnumbered), mistakes included.
    expect(narrative).toContain("第二部分 2023 年度部门决算情况说明");
  });

  it("prints the 自评表 under 附件 and escapes every text", () => {
    const workbook = seedWorkbook();
    const publication = workbook.doc.publication;
    if (!publication) throw new Error("no publication");
    publication.overview = [{ runs: [{ text: "<script>alert(1)</script>" }] }];
    const page = exportHtml(workbook, { embedDocument: false });
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;script&gt;");
    expect(page.slice(page.indexOf('id="part-attachments"'))).toContain('class="report self-evaluation"');
  });

  it("draws a chosen section's chart as inline SVG (none by default)", () => {
    expect(html).not.toContain("<svg");
    const workbook = seedWorkbook();
    const section = workbook.doc.publication?.narrative.find((s) => s.id === "三");
    if (!section) throw new Error("no 三");
    section.chart = true;
    const page = exportHtml(workbook, { embedDocument: false });
    const svg = page.slice(page.indexOf("<svg"), page.indexOf("</svg>"));
    expect(page.match(/<svg/g)).toHaveLength(1);
    expect(svg).toContain(">项目支出</text>");
    expect(svg).toContain(">79.45%</text>");
    expect(svg).toContain('width="238"'); // 79.45 % of the 300-unit bar
  });

  it("draws a section's pie chart as inline SVG: its wedges and the shares in its legend", () => {
    const workbook = seedWorkbook();
    const section = workbook.doc.publication?.narrative.find((s) => s.id === "三");
    if (!section) throw new Error("no 三");
    section.chart = "pie";
    const page = exportHtml(workbook, { embedDocument: false });
    const svg = page.slice(page.indexOf("<svg"), page.indexOf("</svg>"));
    expect(page.match(/<svg/g)).toHaveLength(1);
    expect(svg.match(/<path d="M /g)).toHaveLength(2);
    expect(svg).toContain(">基本支出 20.55%</text>");
    expect(svg).toContain(">项目支出 79.45%</text>");
    expect(page).not.toMatch(/<script(?![^>]*application\/json)/);
  });

  it("prints no text parts for a document without them (format version 1)", () => {
    const { publication: _, supplement: __, ...tablesOnly } = seedWorkbook().doc;
    const page = exportHtml(new Workbook(tablesOnly), { embedDocument: false });
    expect(page).not.toContain("part-narrative");
    expect(page).not.toContain("第一部分");
  });
});
