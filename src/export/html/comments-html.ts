import { type CommentReply, reviewList, visibleReplies } from "../../domain/review";
import type { Workbook } from "../../domain/workbook/workbook";
import { escapeHtml } from "./escape";

/** Styles of the 批注 appendix (added to the page only when the appendix is printed). */
export const COMMENTS_STYLES = `
.comments-appendix { break-before: page; }
.comments-appendix h2 { text-align: center; font-size: 15pt; letter-spacing: 0.3em; margin: 0 0 5mm; }
.comments-appendix table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
.comments-appendix th, .comments-appendix td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
.comments-appendix th { background: #f2f2f2; }
.comments-appendix .c-where { width: 28%; }
.comments-appendix .c-state { width: 12%; }
.comments-appendix .c-text p { margin: 0 0 1mm; white-space: pre-wrap; overflow-wrap: anywhere; }
.comments-appendix .c-by { color: #333; }
.comments-appendix .c-reply { padding-left: 3mm; border-left: 1pt solid #999; }
.comments-appendix .c-empty { text-align: center; }
`;

/** "2024-03-01 16:05" from an ISO time, in the time zone of the machine that exports (as the editor shows it). */
function shortTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function entryHtml(author: string, at: string, text: string, className: string): string {
  return `<p class="${className}"><span class="c-by">${escapeHtml(author)}（${escapeHtml(shortTime(at))}）：</span>${escapeHtml(text)}</p>`;
}

const replyHtml = (reply: CommentReply) => entryHtml(reply.author, reply.at, reply.text, "c-reply");

/**
 * 附录 批注: every visible thread in document order, with its place (or why it is detached), the comment
 * and its replies, and whether it is resolved. Every text (comments, names, places) is escaped.
 */
export function commentsAppendixHtml(workbook: Workbook): string {
  const entries = reviewList(workbook, workbook.doc.comments ?? []);
  const rows = entries.map(({ thread, where, resolved, modified }) => {
    const place =
      where.state === "detached"
        ? `${escapeHtml(where.label)}<br>（位置已不存在：${escapeHtml(where.reason)}）`
        : escapeHtml(where.label);
    const first = thread.deleted
      ? '<p class="c-first">（已删除）</p>'
      : entryHtml(thread.author, thread.createdAt, thread.text, "c-first");
    const state = [
      resolved ? `已解决${thread.resolved ? `（${escapeHtml(thread.resolved.by)}）` : ""}` : "未解决",
      modified ? "已修改" : "",
    ]
      .filter(Boolean)
      .join("<br>");
    const replies = visibleReplies(thread).map(replyHtml).join("");
    return `<tr><td>${place}</td><td class="c-text">${first}${replies}</td><td>${state}</td></tr>`;
  });
  const body =
    rows.length > 0 ? rows.join("") : '<tr><td class="c-empty" colspan="3">本文档没有批注。</td></tr>';
  return [
    '<section class="comments-appendix" id="comments">',
    "<h2>附录 批注</h2>",
    '<table><thead><tr><th class="c-where">位置</th><th>批注与回复</th><th class="c-state">状态</th></tr></thead>',
    `<tbody>${body}</tbody></table>`,
    "</section>",
  ].join("\n");
}
