/** Chinese labels and colours of the relation states the 培训 views show. */
import type { RelationState } from "../../domain/training";

export const STATE_LABEL: Record<RelationState, string> = {
  ok: "通过",
  尾差: "尾差",
  warning: "提示",
  error: "错误",
};

/** CSS class suffix per state (class names stay ASCII). */
export const STATE_CLASS: Record<RelationState, string> = {
  ok: "ok",
  尾差: "tail",
  warning: "warning",
  error: "error",
};
