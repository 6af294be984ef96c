import type { StateCreator } from "zustand";
import { errorReason } from "../domain/error-reason";
import type { NarrativeFinding, NarrativePlace } from "../domain/narrative/findings";
import type { NarrativeSession } from "../domain/narrative/session";
import type { ApplyResult, Workbook } from "../domain/workbook/workbook";
import { afterPaintOrNow } from "./after-paint";
import type { EditorState } from "./store";

/**
 * 表文一致 in the editor: the N-rules over the open document's text, kept current like the tables' 审核.
 * The narrative code is loaded on first use (a document with a publication), never at start. A cell edit
 * re-evaluates, in its own commit, only the findings that read a changed cell (`NarrativeSession.update`);
 * a change of the text, 补充数据, rows or names evaluates everything again once typing pauses.
 */
export interface NarrativeSlice {
  narrativeFindings: readonly NarrativeFinding[];
  /** The sentence a finding points at, highlighted in the 情况说明 view. */
  narrativeFocus: NarrativePlace | null;
  /** The finding shown there (an 附件 finding marks the 自评表's cell it is about). */
  narrativeFocusFinding: NarrativeFinding | null;
  /** Evaluates every N-rule again soon (after the current burst of edits): a document opened, text edited. */
  scheduleNarrativeCheck: () => void;
  /**
   * Re-evaluates what one change set reaches; returns the findings to commit with it (nothing when none
   * changed). The caller commits them in its own `set`, beside the tables' findings.
   */
  narrativeAfter: (change: Pick<ApplyResult, "changed" | "structural" | "meta">) => Partial<NarrativeSlice>;
  /** Opens the 情况说明 view at the finding's sentence and highlights its cells. */
  showNarrativeFinding: (finding: NarrativeFinding) => void;
  /** The 补充数据 field to open the form at and focus (a finding's field, clicked). */
  supplementFocus: string | null;
  showSupplementField: (key: string) => void;
}

/** Typing pauses this long before the N-rules are evaluated again in full. */
export const NARRATIVE_CHECK_DELAY_MS = 150;

const loadNarrative = () => import("../domain/narrative/session");

export const createNarrativeSlice: StateCreator<EditorState, [], [], NarrativeSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Current for the open document's text when not null; cell edits update it in place. */
  let session: NarrativeSession | null = null;
  const run = async (workbook: Workbook) => {
    const { NarrativeSession } = await loadNarrative();
    if (get().workbook !== workbook) return;
    const current = new NarrativeSession(workbook);
    session = current;
    set({ narrativeFindings: current.findings() });
    // Once the findings are painted: who reads which cell, which the first cell edit would otherwise note.
    afterPaintOrNow(() => {
      if (session === current) current.prepareEdits();
    });
  };
  const scheduleNarrativeCheck = () => {
    clearTimeout(timer);
    session = null;
    const { workbook, narrativeFindings } = get();
    if (!workbook?.doc.publication) {
      if (narrativeFindings.length > 0) set({ narrativeFindings: [] });
      return;
    }
    // A failed download of the narrative code (offline, a torn-down test environment) is said, not thrown.
    const checkOrSay = () =>
      run(workbook).catch((error: unknown) =>
        get().notify({ kind: "error", text: `表文一致审核未能载入：${errorReason(error)}` }),
      );
    timer = setTimeout(checkOrSay, NARRATIVE_CHECK_DELAY_MS);
  };
  return {
    narrativeFindings: [],
    narrativeFocus: null,
    narrativeFocusFinding: null,
    supplementFocus: null,
    showSupplementField: (key) => set({ supplementFocus: key, mainView: "publication" }),
    scheduleNarrativeCheck,
    narrativeAfter: (change) => {
      if (change.structural || change.meta || session === null || session.workbook !== get().workbook) {
        scheduleNarrativeCheck();
        return {};
      }
      session.update(change.changed);
      const narrativeFindings = session.findings();
      return narrativeFindings === get().narrativeFindings ? {} : { narrativeFindings };
    },
    showNarrativeFinding: (finding) => {
      get().showFinding(finding);
      set({ narrativeFocus: finding.place, narrativeFocusFinding: finding, mainView: "publication" });
    },
  };
};
