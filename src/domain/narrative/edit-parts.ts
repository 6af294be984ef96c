/**
 * Writing 第一部分 部门概况 and 第四部分 名词解释: paragraphs and terms added, rewritten, removed. Each returns
 * the new publication or a Chinese message saying why nothing changed.
 */
import type { GlossaryEntry, Paragraph, Publication } from "./model";

export type PartEdit = { ok: true; publication: Publication } | { ok: false; message: string };

const refused = (message: string): PartEdit => ({ ok: false, message });
const done = (publication: Publication): PartEdit => ({ ok: true, publication });

/** The role a new 部门概况 paragraph takes: that of the one it follows (职责 or 机构设置). */
function roleAfter(overview: readonly Paragraph[], after: number): string {
  return overview[after]?.role ?? overview[0]?.role ?? "概况.职责";
}

/** A paragraph (or a sub-heading) inserted after `after` (-1: at the start of 部门概况). */
export function withOverviewParagraph(
  publication: Publication,
  after: number,
  text: string,
  heading: boolean,
): PartEdit {
  const written = text.trim();
  if (written === "") return refused("段落文字为空，未添加");
  if (after < -1 || after >= publication.overview.length) return refused("段落位置不存在，未添加");
  const paragraph: Paragraph = {
    role: roleAfter(publication.overview, after),
    ...(heading ? { heading: true } : {}),
    runs: [{ text: written }],
  };
  const overview = [...publication.overview];
  overview.splice(after + 1, 0, paragraph);
  return done({ ...publication, overview });
}

export function withoutOverviewParagraph(publication: Publication, index: number): PartEdit {
  if (!publication.overview[index]) return refused("该段落不存在，未删除");
  return done({ ...publication, overview: publication.overview.filter((_, i) => i !== index) });
}

/** A term added (`index` null) or rewritten; a term is written once, with its explanation. */
export function withGlossaryEntry(
  publication: Publication,
  index: number | null,
  entry: GlossaryEntry,
): PartEdit {
  const term = entry.term.trim();
  const definition = entry.definition.trim();
  if (term === "") return refused("名词为空，未保存");
  if (definition === "") return refused(`“${term}”的解释为空，未保存`);
  if (index !== null && !publication.glossary[index]) return refused("该名词不存在，未保存");
  if (publication.glossary.some((other, i) => i !== index && other.term === term))
    return refused(`名词解释中已有“${term}”，未保存`);
  const glossary =
    index === null
      ? [...publication.glossary, { term, definition }]
      : publication.glossary.map((other, i) => (i === index ? { term, definition } : other));
  return done({ ...publication, glossary });
}

export function withoutGlossaryEntry(publication: Publication, index: number): PartEdit {
  if (!publication.glossary[index]) return refused("该名词不存在，未删除");
  return done({ ...publication, glossary: publication.glossary.filter((_, i) => i !== index) });
}

/** Each paragraph under a heading says what that heading says (职责 or 机构设置), wherever it was moved. */
function rolesUnderHeadings(overview: readonly Paragraph[]): Paragraph[] {
  let role: string | undefined;
  return overview.map((paragraph) => {
    if (paragraph.heading) {
      role = paragraph.role;
      return paragraph;
    }
    return role === undefined || paragraph.role === role ? paragraph : { ...paragraph, role };
  });
}

/** 上移 / 下移: a paragraph or heading swapped with its neighbour (`by` −1 up, +1 down). */
export function withOverviewParagraphMoved(publication: Publication, index: number, by: -1 | 1): PartEdit {
  const { overview } = publication;
  const paragraph = overview[index];
  if (!paragraph) return refused("该段落不存在，未移动");
  const neighbour = overview[index + by];
  if (!neighbour) return refused(by < 0 ? "已是第一段，无法上移" : "已是最后一段，无法下移");
  const moved = [...overview];
  moved[index] = neighbour;
  moved[index + by] = paragraph;
  return done({ ...publication, overview: rolesUnderHeadings(moved) });
}
