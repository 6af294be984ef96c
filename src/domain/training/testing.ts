/** Test helpers for the training modules: the sample document (public/samples/seed-2023.json). Tests only. */
import { readFileSync } from "node:fs";
import type { Finding } from "../checks";
import { CheckSession } from "../checks";
import { parseDocumentText } from "../document/parse";
import { Workbook } from "../workbook/workbook";

const SAMPLE = new URL("../../../public/samples/seed-2023.json", import.meta.url);
export const SEED_PATH = new URL("../../../../shared/seed/000_7411fcf727f495af.txt", import.meta.url);

export function openSample(): Workbook {
  const parsed = parseDocumentText(readFileSync(SAMPLE, "utf8"));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}：${p.message}`).join("\n"));
  return new Workbook(parsed.document);
}

export function sampleWithFindings(): { workbook: Workbook; findings: readonly Finding[] } {
  const workbook = openSample();
  return { workbook, findings: new CheckSession(workbook).findings() };
}
