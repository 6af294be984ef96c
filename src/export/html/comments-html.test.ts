import { describe, expect, it } from "vitest";
import { addThread, reply, resolveThread } from "../../domain/review";
import { at, CELL, expectOk, sampleWorkbook } from "../../domain/review/testing";
import { exportHtml } from "./export-html";

const SCRIPT = '<script>alert("x")</script>';

function commented() {
  const workbook = sampleWorkbook();
  let threads = expectOk(
    addThread([], { id: "t1", anchor: CELL, author: `审核人${SCRIPT}`, text: `请核对${SCRIPT}`, at: at(0) }),
  );
  threads = expectOk(
    reply(threads, "t1", { id: "r1", author: "张会计", text: "已改 <b>正</b> & 对", at: at(5) }),
  );
  threads = expectOk(resolveThread(threads, "t1", "张会计", at(6)));
  threads = expectOk(
    addThread(threads, {
      id: "t2",
      anchor: { kind: "cell", table: "03", row: "2990101", col: "基本支出" },
      anchorLabel: "03表·2990101 已删除的科目·基本支出",
      author: "王审核",
      text: "这一行呢？",
      at: at(7),
    }),
  );
  workbook.doc.comments = threads;
  return workbook;
}

describe("批注 appendix of the HTML export", () => {
  it("is printed only when chosen", () => {
    const workbook = commented();
    expect(exportHtml(workbook, { embedDocument: false })).not.toContain("附录 批注");
    expect(exportHtml(workbook, { embedDocument: false, includeComments: true })).toContain("附录 批注");
  });

  it("escapes comment text and author names", () => {
    const html = exportHtml(commented(), { embedDocument: false, includeComments: true });
    const appendix = html.slice(html.indexOf('<section class="comments-appendix"'));
    expect(appendix).not.toContain("<script");
    expect(appendix).not.toContain("<b>");
    expect(appendix).toContain("审核人&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(appendix).toContain("请核对&lt;script&gt;");
    expect(appendix).toContain("已改 &lt;b&gt;正&lt;/b&gt; &amp; 对");
    // No executable script anywhere on the page, with the document embedded too.
    expect([...html.matchAll(/<script\b[^>]*>/g)]).toHaveLength(0);
    const embedded = exportHtml(commented(), { includeComments: true });
    expect([...embedded.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script type="application/json" id="juesuan-document">',
    ]);
  });

  it("lists place, replies and state; a detached thread says why", () => {
    const html = exportHtml(commented(), { embedDocument: false, includeComments: true });
    expect(html).toContain("03表·2010301 行政运行·基本支出");
    expect(html).toContain("已解决（张会计）");
    expect(html).toContain(
      "03表·2990101 已删除的科目·基本支出<br>（位置已不存在：科目 2990101 已不在03表中）",
    );
  });

  it("says so when there are no comments", () => {
    const html = exportHtml(sampleWorkbook(), { embedDocument: false, includeComments: true });
    expect(html).toContain("本文档没有批注。");
  });
});
