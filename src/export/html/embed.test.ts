import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../../domain/document/parse";
import { exportDocumentJson } from "../../domain/workbook/export-json";
import { Workbook } from "../../domain/workbook/workbook";
import { extractDocumentFromHtml } from "./embed";
import { escapeHtml, escapeJsonForScript } from "./escape";
import { exportHtml } from "./export-html";
import { amountCells, section } from "./testing";

const SAMPLE = readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8");
const EVIL_DEPARTMENT = "<script>alert(1)</script> & 部门 \"引号\" 'x'";
const EVIL_NAME = "行政运行<script>alert(2)</script> & </script><!-- 其他";

function sample(): Workbook {
  const parsed = parseDocumentText(SAMPLE);
  if (!parsed.ok) throw new Error("sample does not parse");
  return new Workbook(parsed.document);
}

function hostile(): Workbook {
  const workbook = sample();
  workbook.doc.meta.department = EVIL_DEPARTMENT;
  const names = workbook.doc.tables["03"]?.names;
  if (!names) throw new Error("03 has names");
  names["2010301"] = EVIL_NAME;
  workbook.doc.notes = { ...workbook.doc.notes, "07": "说明里的 <b>标签</b> & 符号" };
  return workbook;
}

describe("escaping", () => {
  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
  });

  it("prints a department and a 科目 name holding <script> and & as text", () => {
    const html = exportHtml(hostile());
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("</script><!--");
    expect([...html.matchAll(/<script\b/gi)]).toHaveLength(1);
    expect([...html.matchAll(/<\/script/gi)]).toHaveLength(1);
    const department = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 部门 &quot;引号&quot; &#39;x&#39;";
    expect(html).toContain(`<title>2023 年度${department}部门决算</title>`);
    expect(html).toContain(`<h1 class="cover-department">${department}</h1>`);
    expect(section(html, "05")).toContain(`部门：${department}`);
    expect(section(html, "03")).toContain(
      ">行政运行&lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;/script&gt;&lt;!-- 其他<",
    );
    expect(section(html, "07")).toContain("说明：说明里的 &lt;b&gt;标签&lt;/b&gt; &amp; 符号");
    expect(amountCells(section(html, "03")).get("03|2010301|基本支出")).toBe("17.11");
  });

  it("writes JSON that cannot close its <script> element", () => {
    expect(escapeJsonForScript('{"a":"</script><!--\u2028"}')).toBe(
      '{"a":"\\u003c/script>\\u003c!--\\u2028"}',
    );
    expect(JSON.parse(escapeJsonForScript('{"a":"</script>"}'))).toEqual({ a: "</script>" });
  });
});

describe("the embedded document", () => {
  it("round-trips through extractDocumentFromHtml and parseDocumentText, with derived values", () => {
    const workbook = sample();
    const json = extractDocumentFromHtml(exportHtml(workbook));
    expect(json).not.toBeNull();
    expect(JSON.parse(json as string).derived["03"].rows["201"]).toMatchObject({ 基本支出: "84.58" });
    const parsed = parseDocumentText(json as string);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}：${p.message}`).join("\n"));
    expect(parsed.document).toEqual(sample().doc);
    expect(exportDocumentJson(new Workbook(parsed.document))).toBe(exportDocumentJson(workbook));
  });

  it("round-trips hostile text exactly", () => {
    const workbook = hostile();
    const json = extractDocumentFromHtml(exportHtml(workbook));
    const parsed = parseDocumentText(json ?? "");
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}：${p.message}`).join("\n"));
    expect(parsed.document.meta.department).toBe(EVIL_DEPARTMENT);
    expect(parsed.document.tables["03"]?.names?.["2010301"]).toBe(EVIL_NAME);
    expect(parsed.document).toEqual(workbook.doc);
  });

  it("is absent when not asked for, and null for pages without one", () => {
    expect(extractDocumentFromHtml(exportHtml(sample(), { embedDocument: false }))).toBeNull();
    expect(extractDocumentFromHtml("<!DOCTYPE html><p>别的网页</p>")).toBeNull();
    expect(
      extractDocumentFromHtml('<script type="application/json" id="juesuan-document">  </script>'),
    ).toBeNull();
  });
});
