import type { JuesuanDocument } from "../domain/document/model";
import { readDocumentText } from "../store/persistence/read-document";
import { problemsInWords } from "../store/problems-in-words";

export const SAMPLE_URL = `${import.meta.env.BASE_URL}samples/seed-2023.json`;

/** Fetches and parses the sample document shipped in public/samples. */
export async function loadSample(): Promise<JuesuanDocument> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`无法读取示例文档（HTTP ${response.status}）`);
  const parsed = await readDocumentText(await response.text());
  if (!parsed.ok) throw new Error(`示例文档有误：\n${await problemsInWords(parsed.problems)}`);
  return parsed.document;
}
