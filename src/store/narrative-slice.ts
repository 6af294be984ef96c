import type { StateCreator } from "zustand";
import type { NarrativeFinding, NarrativePlace } from "../domain/narrative/findings";
import type { Workbook } from "../domain/workbook/workbook";
import type { EditorState } from "./store";

/**
 * 表文一致 in the editor: the N-rules over the open document's text, evaluated off the edit path. The
 * narrative code is loaded on first use (a document with a publication), never at start; after an edit
 * the N-run waits until typing pauses, so the Enter keystroke and the tables' 审核 do not pay for it.
 */
export interface NarrativeSlice {
  narrativeFindings: readonly NarrativeFinding[];
  /** The sentence a finding points at, highlighted in the 情况说明 view. */
  narrativeFocus: NarrativePlace | null;
  /** Evaluates the N-rules again soon (after the current burst of edits). */
  scheduleNarrativeCheck: () => void;
  /** Opens the 情况说明 view at the finding's sentence and highlights its cells. */
  showNarrativeFinding: (finding: NarrativeFinding) => void;
}

/** Typing pauses this long before the N-rules run again. */
export const NARRATIVE_CHECK_DELAY_MS = 150;

const loadNarrative = () => import("../domain/narrative/document-narrative");

export const createNarrativeSlice: StateCreator<EditorState, [], [], NarrativeSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (workbook: Workbook) => {
    const { checkDocumentNarrative } = await loadNarrative();
    if (get().workbook !== workbook) return;
    set({ narrativeFindings: checkDocumentNarrative(workbook) });
  };
  return {
    narrativeFindings: [],
    narrativeFocus: null,
    scheduleNarrativeCheck: () => {
      clearTimeout(timer);
      const { workbook, narrativeFindings } = get();
      if (!workbook?.doc.publication) {
        if (narrativeFindings.length > 0) set({ narrativeFindings: [] });
        return;
      }
      timer = setTimeout(() => void run(workbook), NARRATIVE_CHECK_DELAY_MS);
    },
    showNarrativeFinding: (finding) => {
      get().showFinding(finding);
      set({ narrativeFocus: finding.place, mainView: "publication" });
    },
  };
};
