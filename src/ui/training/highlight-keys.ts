/** Highlight keys of the 培训 views: a finding's highlight has the finding's key instead. */
export const TRACE_KEY = "培训:追踪";
export const TOUR_KEY = "培训:导览";
export const RELATION_KEY = "培训:关系";

/** A highlight set by a 培训 view (shown in blue in the grid; a finding's stays red). */
export function isTrainingHighlight(key: string | null): boolean {
  return key?.startsWith("培训:") ?? false;
}
