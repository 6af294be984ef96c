/** Test helpers for the narrative: the sample as a workbook with its text and 补充数据. Only tests import this. */
import { readFileSync } from "node:fs";
import { parseDocumentText } from "../document/parse";
import type { NarrativeInput } from "../narrative/check-narrative";
import { SEED_PUBLICATION, SEED_SUPPLEMENT } from "../narrative/seed/seed-2023";
import { Workbook } from "../workbook/workbook";

const SAMPLE = new URL("../../../public/samples/seed-2023.json", import.meta.url);

export function seedWorkbook(): Workbook {
  const parsed = parseDocumentText(readFileSync(SAMPLE, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return new Workbook(parsed.document);
}

/** The sample's text as published (figures typed), its 补充数据 and a fresh workbook. */
export function seedInput(): NarrativeInput {
  return {
    publication: structuredClone(SEED_PUBLICATION),
    workbook: seedWorkbook(),
    supplement: SEED_SUPPLEMENT,
  };
}
