/** Steps of the sample tour (loaded with the tour, not with the grid). */
import { SAMPLE_TOUR } from "../../domain/training/tour";
import { useEditor } from "../../store/store";
import { TOUR_KEY } from "./highlight-keys";
import { highlightCells, jumpToCell } from "./navigate";

export const TOUR_LENGTH = SAMPLE_TOUR.length;

/** Shows step `index` of the sample tour: its table, its selected cell, its highlighted cells. */
export function showTourStep(index: number): void {
  const at = Math.min(Math.max(index, 0), TOUR_LENGTH - 1);
  const step = SAMPLE_TOUR[at];
  if (!step) return;
  const state = useEditor.getState();
  state.setTour(true, at);
  if (state.traceOpen) state.closeTrace();
  jumpToCell(step.select);
  highlightCells(TOUR_KEY, [...step.highlight, ...(step.related ?? [])]);
}
