import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "./model";
import { parseDocumentText } from "./parse";
import type { Publication } from "./publication-model";
import { serialiseDocument } from "./serialise";

const V1 = {
  format: "juesuan",
  version: 1,
  meta: { department: "某某部门", year: 2023, unit: "万元", template: "2023" },
  tables: { "03": { rows: { "2010301": { 基本支出: "17.11" } } } },
  notes: { "07": "本表无数据。" },
};

const PUBLICATION: Publication = {
  overview: [{ role: "概况.职责", heading: true, runs: [{ text: "一、部门职责" }] }],
  narrativeHeading: "第三部分 2023 年度部门决算情况说明",
  narrative: [
    {
      id: "一",
      title: "收入支出决算总体情况说明",
      paragraphs: [
        {
          role: "一",
          runs: [
            { text: "2023 年度收、支总计均为 " },
            { figure: { kind: "amount", of: { cell: { table: "01", row: "收入总计", col: "决算数" } } } },
            { text: " 万元，增长 " },
            {
              figure: {
                kind: "changePct",
                current: { sum: [{ cell: { table: "01", row: "收入总计", col: "决算数" } }] },
                previous: { field: "上年收支总计" },
              },
            },
            { text: "%。" },
          ],
        },
      ],
    },
  ],
  glossary: [{ term: "财政拨款收入", definition: "指本年度从本级财政部门取得的财政拨款。" }],
  attachments: [{ listed: "附件 1：《2023 年度部门整体支出绩效自评表》" }],
};

function read(text: string): JuesuanDocument {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe("document file, format version 2", () => {
  it("opens a version 1 file and writes it back as version 2, content unchanged", () => {
    const doc = read(JSON.stringify(V1));
    const written = JSON.parse(serialiseDocument(doc)) as Record<string, unknown>;
    expect(written.version).toBe(2);
    expect({ ...written, version: 1 }).toEqual(V1);
  });

  it("round-trips the publication and 补充数据 byte-stably, after notes and comments", () => {
    const doc = read(
      JSON.stringify({ ...V1, supplement: { 上年收支总计: "418.81" }, publication: PUBLICATION }),
    );
    const text = serialiseDocument(doc);
    expect(serialiseDocument(read(text))).toBe(text);
    const json = JSON.parse(text) as JuesuanDocument;
    expect(Object.keys(json)).toEqual([
      "format",
      "version",
      "meta",
      "tables",
      "notes",
      "publication",
      "supplement",
    ]);
    expect(json.publication).toEqual(PUBLICATION);
    expect(json.supplement).toEqual({ 上年收支总计: "418.81" });
  });

  it("refuses a figure of an unknown kind, naming the run, in Chinese", () => {
    const broken = structuredClone(PUBLICATION) as unknown as {
      narrative: { paragraphs: { runs: unknown[] }[] }[];
    };
    const paragraph = broken.narrative[0]?.paragraphs[0];
    if (paragraph) paragraph.runs[1] = { figure: { kind: "average", of: { field: "x" } } };
    const result = parseDocumentText(JSON.stringify({ ...V1, publication: broken }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe("publication.narrative.0.paragraphs.0.runs.1");
    expect(result.problems[0]?.message).toMatch(/^段落内容应为/);
  });

  it("refuses 补充数据 written as a number", () => {
    const result = parseDocumentText(JSON.stringify({ ...V1, supplement: { 出国团组: 2 } }));
    expect(result.ok ? [] : result.problems).toEqual([
      { path: "supplement.出国团组", message: "补充数据的值应为文字" },
    ]);
  });
});
