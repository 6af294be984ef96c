import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentJsonSchema } from "./schema";

describe("published JSON Schema", () => {
  it("public/juesuan-document.schema.json is the schema the domain validates with (run npm run schema)", () => {
    const published = JSON.parse(readFileSync("public/juesuan-document.schema.json", "utf8")) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(documentJsonSchema())));
  });

  it("describes amounts as strings or null and table ids as two digits (the template says which)", () => {
    const text = JSON.stringify(documentJsonSchema());
    expect(text).toContain('"pattern"');
    expect(text).toContain('"propertyNames":{"type":"string","pattern":"^\\\\d{2}$"}');
    expect(text).toContain('"juesuan"');
  });
});
