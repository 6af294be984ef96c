import { useEffect, useRef, useState } from "react";
import { type CommentReply, type ReviewEntry, visibleReplies } from "../../domain/review";
import {
  deleteComment,
  editComment,
  reopenComment,
  replyToThread,
  resolveComment,
} from "../../store/comment-actions";
import { useEditor } from "../../store/store";
import { formatTime } from "./format";
import { TextForm } from "./TextForm";

type Editing = { replyId: string | null } | null;

/** One reply or the thread's first comment: author, time, text, and edit/delete for its author. */
function Entry({
  threadId,
  replyId,
  author,
  at,
  text,
  edited,
  deleted,
  mine,
  editing,
  setEditing,
}: {
  threadId: string;
  replyId: string | null;
  author: string;
  at: string;
  text: string;
  edited: boolean;
  deleted: boolean;
  mine: boolean;
  editing: Editing;
  setEditing: (e: Editing) => void;
}) {
  const isEditing = editing !== null && editing.replyId === replyId;
  return (
    <div className="comment-entry" data-testid={replyId === null ? "comment-text" : "comment-reply"}>
      <div className="comment-meta">
        <span className="comment-author">{author}</span>
        <span className="comment-time">{formatTime(at)}</span>
        {edited && <span className="comment-edited">（已编辑）</span>}
        {mine && !deleted && !isEditing && (
          <span className="comment-own-actions">
            <button type="button" className="link-button" onClick={() => setEditing({ replyId })}>
              编辑
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => deleteComment(useEditor, threadId, replyId)}
            >
              删除
            </button>
          </span>
        )}
      </div>
      {isEditing ? (
        <TextForm
          initial={text}
          placeholder="修改内容"
          submitLabel="保存"
          testId="comment-edit-form"
          autoFocus
          onSubmit={(value) => {
            const ok = editComment(useEditor, threadId, replyId, value);
            if (ok) setEditing(null);
            return ok;
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p className={deleted ? "comment-body deleted" : "comment-body"}>{deleted ? "（已删除）" : text}</p>
      )}
    </div>
  );
}

/** A thread: where it is (or why it is detached), its flags, comment and replies, and its actions. */
export function CommentThread({ entry, active }: { entry: ReviewEntry; active: boolean }) {
  const { thread, where, resolved, modified } = entry;
  const me = useEditor((s) => s.reviewerName);
  const [editing, setEditing] = useState<Editing>(null);
  const [replying, setReplying] = useState(false);
  const { showThread } = useEditor.getState();
  const replies = visibleReplies(thread);
  const item = useRef<HTMLLIElement>(null);
  // The thread opened from a cell's mark is brought into view in the list.
  useEffect(() => {
    if (active) item.current?.scrollIntoView({ block: "nearest" });
  }, [active]);
  const isMine = (author: string) => me !== "" && author.trim() === me;
  const replyEntry = (r: CommentReply) => (
    <Entry
      key={r.id}
      threadId={thread.id}
      replyId={r.id}
      author={r.author}
      at={r.at}
      text={r.text}
      edited={r.editedAt !== undefined}
      deleted={false}
      mine={isMine(r.author)}
      editing={editing}
      setEditing={setEditing}
    />
  );
  return (
    <li
      ref={item}
      className={`comment-thread ${resolved ? "resolved" : "open"} ${active ? "active" : ""} ${where.state}`}
      data-testid="comment-thread"
      data-thread={thread.id}
      data-state={resolved ? "resolved" : "open"}
    >
      <button
        type="button"
        className="comment-where"
        onClick={() => showThread(thread)}
        title="转到批注的位置"
      >
        {where.label}
      </button>
      <div className="comment-flags">
        {resolved && (
          <span
            className="flag flag-resolved"
            title={`由${thread.resolved?.by}于${formatTime(thread.resolved?.at ?? "")}解决`}
          >
            已解决
          </span>
        )}
        {modified && (
          <span
            className="flag flag-modified"
            data-testid="flag-modified"
            title={`写批注时为 ${thread.valueAtCreation ?? "空白"}`}
          >
            已修改
          </span>
        )}
        {where.state === "detached" && (
          <span className="flag flag-detached" data-testid="flag-detached" title={where.reason}>
            位置已不存在：{where.reason}
          </span>
        )}
      </div>
      <Entry
        threadId={thread.id}
        replyId={null}
        author={thread.author}
        at={thread.createdAt}
        text={thread.text}
        edited={thread.editedAt !== undefined}
        deleted={thread.deleted === true}
        mine={isMine(thread.author)}
        editing={editing}
        setEditing={setEditing}
      />
      {replies.length > 0 && <div className="comment-replies">{replies.map(replyEntry)}</div>}
      {replying ? (
        <TextForm
          placeholder="回复…（Ctrl+Enter 发送）"
          submitLabel="回复"
          testId="reply-form"
          autoFocus
          onSubmit={(text) => {
            const ok = replyToThread(useEditor, thread.id, text);
            if (ok) setReplying(false);
            return ok;
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        !thread.deleted && (
          <div className="comment-actions">
            <button type="button" onClick={() => setReplying(true)}>
              回复
            </button>
            {resolved ? (
              <button type="button" onClick={() => reopenComment(useEditor, thread.id)}>
                重新打开
              </button>
            ) : (
              <button type="button" onClick={() => resolveComment(useEditor, thread.id)}>
                解决
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
