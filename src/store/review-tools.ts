/**
 * Comparing and merging versions (对比, 合并审阅意见) are used a few times a year: their domain code loads on
 * first use, keeping it out of the page's first load.
 */
export type CompareTools = Pick<typeof import("../domain/review/diff"), "diffDocuments"> &
  Pick<typeof import("../domain/review/merge"), "readSameDocument">;
export type MergeTools = Pick<typeof import("../domain/review/merge"), "planMerge" | "mergeEdits">;

export async function loadVersionTools(): Promise<CompareTools & MergeTools> {
  const [diff, merge] = await Promise.all([
    import("../domain/review/diff"),
    import("../domain/review/merge"),
  ]);
  return {
    diffDocuments: diff.diffDocuments,
    readSameDocument: merge.readSameDocument,
    planMerge: merge.planMerge,
    mergeEdits: merge.mergeEdits,
  };
}
