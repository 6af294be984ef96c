import { useMemo } from "react";
import { narrativeContext } from "../../domain/narrative/check-narrative";
import type { FigureContext } from "../../domain/narrative/figures";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";

/**
 * The context the figures are computed in, made again on every change of the document (the workbook is
 * mutated in place; `revision` says it changed), so a figure follows its cell at once.
 */
export function useFigureContext(workbook: Workbook): FigureContext {
  const revision = useEditor((s) => s.revision);
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks a change inside the workbook.
  return useMemo(() => {
    const { publication, supplement } = workbook.doc;
    return narrativeContext({
      publication: publication ?? {
        overview: [],
        narrativeHeading: "",
        narrative: [],
        glossary: [],
        attachments: [],
      },
      workbook,
      supplement: supplement ?? {},
    });
  }, [workbook, revision]);
}
