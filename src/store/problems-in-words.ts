/** A failure's problems in words, with the wording module loaded only when a failure happens. */
import type { Problem } from "../domain/document/validate";

export async function problemsInWords(
  problems: readonly Problem[],
  kind: "document" | "template" = "document",
): Promise<string> {
  const { describeProblems } = await import("../domain/document/problem-place");
  return describeProblems(problems, kind);
}
