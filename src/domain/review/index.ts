/** 审阅: comments (批注), their anchors against the workbook, merging a returned file, comparing versions. */
export {
  type AnchorDraft,
  type AnchorResolution,
  anchorDraft,
  isModifiedSince,
  missingCellReason,
  type ReviewEntry,
  resolveAnchor,
  reviewList,
  shownValue,
} from "./anchors";
export {
  addThread,
  type CellAnchor,
  type CommentAnchor,
  type CommentEvent,
  type CommentReply,
  type CommentsResult,
  type CommentThread,
  cellAnchor,
  commentsSchema,
  deleteReply,
  deleteThread,
  editReply,
  editThread,
  type FindingAnchor,
  findingAnchor,
  findThread,
  isResolved,
  isVisible,
  type NewReply,
  type NewThread,
  type ParseCommentsResult,
  parseComments,
  reopenThread,
  reply,
  resolveThread,
  sameAnchor,
  sortThreads,
  type TableAnchor,
  tableAnchor,
  visibleReplies,
} from "./comments";
export type {
  CellChange,
  Change,
  DiffCounts,
  DocumentDiff,
  MetaChange,
  NoteChange,
  RenameChange,
  RowChange,
} from "./diff";
export { cellLabel, rowLabel, tableLabel } from "./labels";
// Comparing and merging load on first use (src/store/review-tools.ts): only their types pass through here.
export type { CommentMerge, MergeConflict, MergePlan, MergeSummary, Refusal } from "./merge";
export { cellCommentStates, threadsByCell } from "./thread-basics";
