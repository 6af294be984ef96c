import type { StateCreator } from "zustand";
import type { CellId } from "../domain/engine/cell-id";
import type { EditorState } from "./store";

/** What the main area shows: the tables, one of the 培训 pages, or the publication's text in their place. */
export type MainView = "tables" | "structure" | "glossary" | "roles" | "publication";

const TOUR_STEP_KEY = "juesuan.tourStep";

/** The tour step left last (kept across reloads so a class can resume where it stopped). */
function storedTourStep(): number {
  try {
    const value = Number(window.localStorage.getItem(TOUR_STEP_KEY));
    return Number.isInteger(value) && value >= 0 ? value : 0;
  } catch {
    return 0;
  }
}

function storeTourStep(step: number): void {
  try {
    window.localStorage.setItem(TOUR_STEP_KEY, String(step));
  } catch {
    // Without storage the tour still works; it only restarts from the first step after a reload.
  }
}

export interface TrainingSlice {
  mainView: MainView;
  /** 培训模式: shows the training tools (cell roles, guided tour, 重置示例) in the header. */
  trainingMode: boolean;
  /** The trace panel is open; `tracePath` is the cells visited through it, the traced cell last. */
  traceOpen: boolean;
  tracePath: CellId[];
  /** The guided tour is shown; `tourStep` is remembered when it is left. */
  tourActive: boolean;
  tourStep: number;
  setMainView: (view: MainView) => void;
  setTrainingMode: (on: boolean) => void;
  openTrace: (id: CellId) => void;
  closeTrace: () => void;
  /** A trace step was followed: the path grows by one (返回 goes back along it). */
  pushTrace: (id: CellId) => void;
  /** The user selected another cell directly: the trace starts again from it. */
  restartTrace: (id: CellId) => void;
  /** Drops the last cell of the path; returns the cell to go back to, or null at the start. */
  popTrace: () => CellId | null;
  setTour: (active: boolean, step?: number) => void;
}

export const createTrainingSlice: StateCreator<EditorState, [], [], TrainingSlice> = (set, get) => ({
  mainView: "tables",
  trainingMode: false,
  traceOpen: false,
  tracePath: [],
  tourActive: false,
  tourStep: typeof window === "undefined" ? 0 : storedTourStep(),
  setMainView: (mainView) => set({ mainView }),
  setTrainingMode: (trainingMode) =>
    set((s) => ({
      trainingMode,
      tourActive: trainingMode && s.tourActive,
      mainView: !trainingMode && s.mainView === "roles" ? "tables" : s.mainView,
    })),
  openTrace: (id) => set({ traceOpen: true, tracePath: [id] }),
  closeTrace: () => set({ traceOpen: false, tracePath: [] }),
  pushTrace: (id) =>
    set((s) => ({ tracePath: s.tracePath.at(-1) === id ? s.tracePath : [...s.tracePath, id] })),
  restartTrace: (id) => set({ tracePath: [id] }),
  popTrace: () => {
    const path = get().tracePath;
    if (path.length < 2) return null;
    const back = path.slice(0, -1);
    set({ tracePath: back });
    return back.at(-1) ?? null;
  },
  setTour: (tourActive, step) => {
    const tourStep = step ?? get().tourStep;
    storeTourStep(tourStep);
    set({ tourActive, tourStep });
  },
});
