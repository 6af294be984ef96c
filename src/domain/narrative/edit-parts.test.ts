import { describe, expect, it } from "vitest";
import { blankDocument } from "../testing/documents";
import { seedWorkbook } from "../testing/narrative";
import { Workbook } from "../workbook/workbook";
import { attachmentFocusOf, isFocusedCell } from "./attachment-focus";
import { checkDocumentNarrative } from "./document-narrative";
import { withAttachmentCell, withSelfEvaluationAttachment } from "./edit-attachment";
import {
  type PartEdit,
  withGlossaryEntry,
  withOverviewParagraph,
  withOverviewParagraphMoved,
  withoutGlossaryEntry,
  withoutOverviewParagraph,
} from "./edit-parts";
import { narrativeReplaced, publicationOf, withGeneratedNarrative } from "./edit-publication";
import type { Publication } from "./model";
import { startingPublication } from "./publication-template";

const FACTS = { templateId: "2023", year: 2025, department: "测试局" };

function edited(result: PartEdit): Publication {
  if (!result.ok) throw new Error(result.message);
  return result.publication;
}

const textOf = (publication: Publication) =>
  publication.overview.map((p) => p.runs.map((r) => ("text" in r ? r.text : "")).join(""));

describe("a new document's publication", () => {
  it("starts from the template: 职责 and 机构设置 headings, the standard 名词解释, no 情况说明", () => {
    const publication = startingPublication(FACTS);
    expect(textOf(publication)).toEqual(["一、测试局部门职责", "二、机构设置"]);
    expect(publication.overview.every((p) => p.heading)).toBe(true);
    expect(publication.glossary).toHaveLength(18);
    expect(publication.glossary[0]?.term).toBe("财政拨款收入");
    expect(publication.narrative).toEqual([]);
  });

  it("生成情况说明 on a blank document keeps the template's 名词解释 and headings", () => {
    const workbook = new Workbook(blankDocument());
    expect(publicationOf(workbook).glossary).toHaveLength(18);
    const generated = withGeneratedNarrative(workbook);
    expect(generated.glossary).toHaveLength(18);
    expect(generated.overview).toHaveLength(2);
    expect(generated.narrative.length).toBeGreaterThan(0);
  });
});

describe("部门概况 paragraphs", () => {
  it("are inserted under the heading they follow, with its role, and removed", () => {
    const start = startingPublication(FACTS);
    const one = edited(withOverviewParagraph(start, 0, " 1、负责全区财政工作。 ", false));
    expect(textOf(one)).toEqual(["一、测试局部门职责", "1、负责全区财政工作。", "二、机构设置"]);
    expect(one.overview[1]).toEqual({ role: "概况.职责", runs: [{ text: "1、负责全区财政工作。" }] });
    const two = edited(withOverviewParagraph(one, 2, "本部门为一级部门。", false));
    expect(two.overview[3]?.role).toBe("概况.机构");
    const heading = edited(withOverviewParagraph(two, 3, "三、人员情况", true));
    expect(heading.overview[4]?.heading).toBe(true);
    expect(textOf(edited(withoutOverviewParagraph(heading, 1)))).toEqual([
      "一、测试局部门职责",
      "二、机构设置",
      "本部门为一级部门。",
      "三、人员情况",
    ]);
  });

  it("refuse an empty paragraph or a place that does not exist, changing nothing", () => {
    const start = startingPublication(FACTS);
    expect(withOverviewParagraph(start, 0, "  ", false)).toEqual({
      ok: false,
      message: "段落文字为空，未添加",
    });
    expect(withOverviewParagraph(start, 5, "文字", false).ok).toBe(false);
    expect(withoutOverviewParagraph(start, 2).ok).toBe(false);
  });

  it("move up and down by one place; a paragraph takes the role of the heading it lands under", () => {
    const start = startingPublication(FACTS);
    const one = edited(withOverviewParagraph(start, 0, "1、负责财政工作。", false));
    const two = edited(withOverviewParagraph(one, 1, "2、完成交办任务。", false));
    const up = edited(withOverviewParagraphMoved(two, 2, -1));
    expect(textOf(up)).toEqual([
      "一、测试局部门职责",
      "2、完成交办任务。",
      "1、负责财政工作。",
      "二、机构设置",
    ]);
    expect(up.overview.map((p) => p.role)).toEqual(two.overview.map((p) => p.role));
    const down = edited(withOverviewParagraphMoved(up, 2, 1));
    expect(textOf(down)).toEqual([
      "一、测试局部门职责",
      "2、完成交办任务。",
      "二、机构设置",
      "1、负责财政工作。",
    ]);
    expect(down.overview[3]).toEqual({ role: "概况.机构", runs: [{ text: "1、负责财政工作。" }] });
    // A heading moved up takes the paragraphs it passes under it.
    const heading = edited(withOverviewParagraphMoved(down, 2, -1));
    expect(textOf(heading)).toEqual([
      "一、测试局部门职责",
      "二、机构设置",
      "2、完成交办任务。",
      "1、负责财政工作。",
    ]);
    expect(heading.overview.map((p) => p.role)).toEqual(["概况.职责", "概况.机构", "概况.机构", "概况.机构"]);
    expect(heading.overview[1]?.heading).toBe(true);
  });

  it("refuse a move past either end or of a paragraph that does not exist, changing nothing", () => {
    const start = startingPublication(FACTS);
    expect(withOverviewParagraphMoved(start, 0, -1)).toEqual({ ok: false, message: "已是第一段，无法上移" });
    expect(withOverviewParagraphMoved(start, 1, 1)).toEqual({ ok: false, message: "已是最后一段，无法下移" });
    expect(withOverviewParagraphMoved(start, 4, 1)).toEqual({ ok: false, message: "该段落不存在，未移动" });
    expect(startingPublication(FACTS)).toEqual(start);
  });
});

describe("名词解释", () => {
  it("terms are added, rewritten and removed", () => {
    const start = startingPublication(FACTS);
    const added = edited(withGlossaryEntry(start, null, { term: "专项资金", definition: "指……" }));
    expect(added.glossary.at(-1)).toEqual({ term: "专项资金", definition: "指……" });
    const rewritten = edited(withGlossaryEntry(added, 0, { term: "财政拨款收入", definition: "新的解释。" }));
    expect(rewritten.glossary[0]?.definition).toBe("新的解释。");
    const removed = edited(withoutGlossaryEntry(rewritten, 0));
    expect(removed.glossary).toHaveLength(18);
    expect(removed.glossary[0]?.term).toBe("事业收入");
  });

  it("refuse an empty term or explanation and a term written twice", () => {
    const start = startingPublication(FACTS);
    expect(withGlossaryEntry(start, null, { term: "", definition: "x" })).toEqual({
      ok: false,
      message: "名词为空，未保存",
    });
    expect(withGlossaryEntry(start, null, { term: "专项", definition: " " }).ok).toBe(false);
    expect(withGlossaryEntry(start, 1, { term: "财政拨款收入", definition: "x" })).toEqual({
      ok: false,
      message: "名词解释中已有“财政拨款收入”，未保存",
    });
    expect(withoutGlossaryEntry(start, 99).ok).toBe(false);
  });
});

describe("the 自评表 attachment", () => {
  it("is added empty from the template's layout, once, and checked without error while blank", () => {
    const workbook = new Workbook(blankDocument());
    const publication = edited(withSelfEvaluationAttachment(publicationOf(workbook), FACTS));
    const table = publication.attachments[0]?.table;
    expect(publication.attachments[0]?.listed).toBe("附件 1：《2025 年度部门整体支出绩效自评情况表》");
    expect(table?.budget.map((b) => b.label)[0]).toBe("部门预算总额");
    expect(table?.budget[0]?.executed).toBe("");
    expect(table?.indicators).toHaveLength(23);
    expect(withSelfEvaluationAttachment(publication, FACTS).ok).toBe(false);
    workbook.doc.publication = publication;
    const rules = checkDocumentNarrative(workbook).map((f) => f.rule);
    expect(rules).not.toContain("N-21");
  });

  it("fills a 目录 line that names the 整体 自评表 but had nothing attached", () => {
    const start = startingPublication(FACTS);
    const listed = { ...start, attachments: [{ listed: "附件 1：部门整体支出绩效自评表" }] };
    const publication = edited(withSelfEvaluationAttachment(listed, FACTS));
    expect(publication.attachments).toHaveLength(1);
    expect(publication.attachments[0]?.table?.title).toBe("部门整体支出绩效自评情况表");
  });

  it("a cell corrected: the sample's 全年执行数 508.72 → 507.92 clears N-19, and N-19 points at that cell", () => {
    const workbook = seedWorkbook();
    const n19 = checkDocumentNarrative(workbook).find((f) => f.message.startsWith("附件自评表全年执行数"));
    expect(n19).toBeDefined();
    const focus = n19 ? attachmentFocusOf(n19) : null;
    expect(focus).toEqual({ attachment: 0, cell: { part: "budget", row: 0, column: "executed" } });
    expect(isFocusedCell(focus, 0, { part: "budget", row: 0, column: "executed" })).toBe(true);
    expect(isFocusedCell(focus, 0, { part: "budget", row: 1, column: "executed" })).toBe(false);
    const publication = publicationOf(workbook);
    const cell = { part: "budget", row: 0, column: "executed" } as const;
    workbook.doc.publication = edited(withAttachmentCell(publication, 0, cell, " 507.92 "));
    expect(workbook.doc.publication.attachments[0]?.table?.budget[0]?.executed).toBe("507.92");
    const after = checkDocumentNarrative(workbook).map((f) => f.message);
    expect(after.some((m) => m.startsWith("附件自评表全年执行数"))).toBe(false);
  });

  it("each 附件 finding of the sample marks the cell it is about", () => {
    const focus = checkDocumentNarrative(seedWorkbook())
      .filter((f) => f.place.section === "附件" && f.rule !== "N-21")
      .map((f) => [f.message.slice(0, 10), attachmentFocusOf(f)?.cell]);
    expect(focus).toContainEqual(["附件自评表全年执行数", { part: "budget", row: 0, column: "executed" }]);
    expect(focus).toContainEqual(["附件自评表执行率“9", { part: "budget", row: 0, column: "rate" }]);
    const initial = {
      rule: "N-19",
      message: "附件自评表年初预算数 118.83 与五、（三）所列年初预算 113.83 不符",
    };
    expect(
      attachmentFocusOf({ ...initial, place: { section: "附件", paragraph: 0, start: 0, end: 6 } }),
    ).toEqual({
      attachment: 0,
      cell: { part: "budget", row: 0, column: "initial" },
    });
    const n20 = focus.filter(([message]) => String(message).startsWith("附件自评表“"));
    expect(n20.length).toBeGreaterThan(0);
    for (const [, cell] of n20) expect(cell).toMatchObject({ part: "indicator", column: "actual" });
  });

  it("refuses a 总分 that is not a number and a row or attachment that does not exist", () => {
    const publication = publicationOf(seedWorkbook());
    expect(withAttachmentCell(publication, 0, { part: "total", column: "score" }, "九十九")).toEqual({
      ok: false,
      message: "总分栏应为数字（例如 100），未保存“九十九”",
    });
    expect(withAttachmentCell(publication, 1, { part: "total", column: "score" }, "99").ok).toBe(false);
    expect(withAttachmentCell(publication, 0, { part: "indicator", row: 99, column: "actual" }, "1").ok).toBe(
      false,
    );
  });
});

describe("生成情况说明 over written text", () => {
  it("counts what would be replaced, the paragraphs giving reasons by hand among them", () => {
    const replaced = narrativeReplaced(publicationOf(seedWorkbook()));
    expect(replaced.sections).toBe(13);
    expect(replaced.paragraphs).toBeGreaterThan(13);
    expect(replaced.reasons).toBeGreaterThan(0);
    const generated = withGeneratedNarrative(new Workbook(blankDocument()));
    expect(narrativeReplaced({ ...startingPublication(FACTS), narrative: generated.narrative }).reasons).toBe(
      0,
    );
    expect(narrativeReplaced(startingPublication(FACTS))).toEqual({ sections: 0, paragraphs: 0, reasons: 0 });
  });
});
