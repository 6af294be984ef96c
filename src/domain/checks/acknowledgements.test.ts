import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../document/parse";
import { serialiseDocument } from "../document/serialise";
import { Workbook } from "../workbook/workbook";
import { acknowledge, acknowledgementsOf } from "./acknowledgements";
import { CheckSession } from "./session";

const SAMPLE = new URL("../../../public/samples/seed-2023.json", import.meta.url);

function openSeed() {
  const parsed = parseDocumentText(readFileSync(SAMPLE, "utf8"));
  if (!parsed.ok) throw new Error("sample does not parse");
  return parsed.document;
}

describe("acknowledged 提示 (warnings with a written 说明)", () => {
  it("marks an acknowledged warning, never an error, and travels in the document file", () => {
    const doc = openSeed();
    const session = new CheckSession(new Workbook(doc));
    const warning = session.findings().find((f) => f.rule === "X-18");
    const error = session.findings().find((f) => f.rule === "R02-3");
    if (!warning || !error) throw new Error("seed findings missing");
    const at = "2024-09-01T08:00:00.000Z";
    let acks = acknowledge(
      acknowledgementsOf(doc),
      warning.key,
      "30110 含 2101103 以外的医疗缴费，已核对。",
      at,
    );
    acks = acknowledge(acks, error.key, "错误不能说明", at);
    doc.acknowledgements = acks;

    const marked = session.findings();
    expect(marked.find((f) => f.key === warning.key)?.acknowledged).toEqual({
      note: "30110 含 2101103 以外的医疗缴费，已核对。",
      at,
    });
    expect(marked.find((f) => f.key === error.key)?.acknowledged).toBeUndefined();

    const reread = parseDocumentText(serialiseDocument(doc));
    if (!reread.ok) throw new Error("round trip failed");
    const again = new CheckSession(new Workbook(reread.document)).findings();
    expect(again.find((f) => f.key === warning.key)?.acknowledged?.at).toBe(at);
  });

  it("an empty note withdraws the acknowledgement; malformed entries are ignored", () => {
    const acks = acknowledge({ a: { note: "x", at: "t" } }, "a", "  ", "t2");
    expect(acks).toEqual({});
    const doc = openSeed();
    doc.acknowledgements = { k: { note: 3 }, j: "no", ok: { note: "说明", at: "t" } };
    expect(acknowledgementsOf(doc)).toEqual({ ok: { note: "说明", at: "t" } });
  });
});
