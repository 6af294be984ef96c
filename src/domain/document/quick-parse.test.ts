import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { smallDocument } from "../testing/documents";
import { parseDocumentText } from "./parse";
import { quickParseDocument } from "./quick-parse";
import { serialiseDocument } from "./serialise";

const SAMPLE = readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8");

describe("quickParseDocument", () => {
  it("reads a good file to the very document parseDocumentText gives", () => {
    const small = serialiseDocument(smallDocument("2023-24"));
    const v1 = JSON.stringify({ ...JSON.parse(small), version: 1, derived: { "03": {} } });
    for (const text of [SAMPLE, small, v1]) {
      const full = parseDocumentText(text);
      expect(full.ok).toBe(true);
      expect(quickParseDocument(text)).toEqual(full.ok && full.document);
    }
  });

  it("gives null for every file parseDocumentText refuses, leaving the explaining to it", () => {
    const small = serialiseDocument(smallDocument());
    const bad = [
      "{ not json",
      "[1, 2]",
      small.replace('"format": "juesuan"', '"format": "juesuan", "format": "juesuan"'),
      small.replace('"year": 2023', '"year": "2023"'),
      small.replace('"template": "2023"', '"template": "no-such-template"'),
      small.replace('"财政拨款收入": "10.00"', '"财政拨款收入": "12,5"'),
      small.replace('"财政拨款收入": "10.00"', '"财政拨款收入": "<script>"'),
      small.replace('"2010301": {', '"2010301": {"财政拨款收入": "1", '),
    ];
    for (const text of bad) {
      expect(text).not.toBe(small);
      expect(parseDocumentText(text).ok, text.slice(0, 80)).toBe(false);
      expect(quickParseDocument(text)).toBeNull();
    }
  });
});
