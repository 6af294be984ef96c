import { describe, expect, it } from "vitest";
import { withAttachmentCell } from "../../domain/narrative/edit-attachment";
import type { Publication } from "../../domain/narrative/model";
import { tablesPartHeading } from "../../domain/narrative/part-headings";
import { seedWorkbook } from "../../domain/testing/narrative";
import { contentsHtml } from "./cover";
import { exportHtml } from "./export-html";
import { selfEvaluationHtml } from "./self-evaluation-html";

function seedPublication(): Publication {
  const publication = seedWorkbook().doc.publication;
  if (!publication) throw new Error("no publication");
  return publication;
}

function seedTable() {
  const table = seedPublication().attachments.find((a) => a.table)?.table;
  if (!table) throw new Error("no 自评表");
  return table;
}

describe("the printed 目录", () => {
  it("names 第二部分 as the seed prints it and as the editor's view does, with the department", () => {
    const workbook = seedWorkbook();
    const heading = tablesPartHeading(workbook.doc.meta);
    expect(heading).toBe("第二部分 2023 年度焦作经济技术产业集聚区管理委员会部门决算表");
    expect(contentsHtml(workbook)).toContain(`<p class="toc-part">${heading}</p>`);
  });

  it("keeps each part with its lines (five groups) and prints closer only when the lines are many", () => {
    const workbook = seedWorkbook();
    const contents = contentsHtml(workbook);
    expect(contents.match(/class="toc-group"/g)).toHaveLength(5);
    expect(contents).toContain('<section class="contents">');
    const publication = workbook.doc.publication;
    if (!publication) throw new Error("no publication");
    publication.attachments = Array.from({ length: 8 }, (_, i) => ({ listed: `附件 ${i + 1}: 《表》` }));
    expect(contentsHtml(workbook)).toContain('<section class="contents dense">');
  });
});

describe("the printed 自评表", () => {
  it("puts each table's header row in a thead, repeated on every printed page", () => {
    const html = selfEvaluationHtml(seedTable(), "万元");
    expect(html.match(/<thead>/g)).toHaveLength(2);
    expect(html).toContain(
      "<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差度</th><th>偏差原因分析及改进措施</th></tr></thead>",
    );
    expect(html).toContain("<thead><tr><th>部门整体支出情况（万元）</th><th>年初预算数</th>");
    expect(html.indexOf("<tbody>")).toBeGreaterThan(html.indexOf("</thead>"));
  });

  it("prints 年度总体目标 under its two headings and the 年度主要任务 as the seed does", () => {
    const html = selfEvaluationHtml(seedTable(), "万元");
    expect(html).toContain(
      '<tr><th rowspan="2">年度总体目标</th><th colspan="3">预期目标</th><th colspan="3">实际完成情况</th></tr>',
    );
    expect(html).toContain(
      '<td colspan="3">负责产业集聚区园区建设。完成区党工委、管委会交办的其他任务。</td>',
    );
    expect(html).toContain('<th rowspan="4">年度主要任务</th>');
    expect(html).toContain('<td>做好产业集聚区规划编制工作。</td><td colspan="3">根据焦作市国土空间规划成果');
    const withoutTasks = selfEvaluationHtml({ ...seedTable(), tasks: [] }, "元");
    expect(withoutTasks).not.toContain("年度主要任务");
    expect(withoutTasks).toContain("部门整体支出情况（元）");
  });

  it("prints the texts as written in the editor, escaped", () => {
    const workbook = seedWorkbook();
    let publication = seedPublication();
    const edits = [
      [{ part: "goals", column: "expected" }, "负责<园区>建设。"],
      [{ part: "indicator", row: 0, column: "level1" }, "投入指标"],
      [{ part: "task", row: 1, column: "achieved" }, "部分完成"],
      [{ part: "heading", column: "title" }, "部门整体支出绩效自评表"],
    ] as const;
    for (const [cell, text] of edits) {
      const result = withAttachmentCell(publication, 0, cell, text);
      if (!result.ok) throw new Error(result.message);
      publication = result.publication;
    }
    workbook.doc.publication = publication;
    const page = exportHtml(workbook, { embedDocument: false });
    const attachments = page.slice(page.indexOf('id="part-attachments"'));
    expect(attachments).toContain('<td colspan="3">负责&lt;园区&gt;建设。</td>');
    expect(attachments).toContain("<tr><td>投入指标</td><td>工作目标管理</td>");
    expect(attachments).toContain('<td colspan="2">部分完成</td>');
    expect(attachments).toContain('<h3 class="pub-attachment-title">部门整体支出绩效自评表</h3>');
  });
});
