/**
 * Writes the seed's text and 补充数据 into the sample (public/samples/seed-2023.json): the text as published
 * (src/domain/narrative/seed/), with every typed figure that matches the tables turned into a live reference
 * (把文中数字改为引用); figures that do not match stay as typed, mistakes included. The tables are kept.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseDocumentText } from "../src/domain/document/parse";
import { serialiseDocument } from "../src/domain/document/serialise";
import { narrativeContext } from "../src/domain/narrative/check-narrative";
import { narrativeTemplate } from "../src/domain/narrative/generate";
import { linkFigures } from "../src/domain/narrative/link-figures";
import { SEED_PUBLICATION, SEED_SUPPLEMENT } from "../src/domain/narrative/seed/seed-2023";
import { Workbook } from "../src/domain/workbook/workbook";

const path = new URL("../public/samples/seed-2023.json", import.meta.url);
const parsed = parseDocumentText(readFileSync(path, "utf8"));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const doc = parsed.document;
const workbook = new Workbook(doc);
const input = { publication: SEED_PUBLICATION, workbook, supplement: SEED_SUPPLEMENT };
const { narrative, linked } = linkFigures(
  SEED_PUBLICATION.narrative,
  narrativeTemplate(doc.meta.template),
  narrativeContext(input),
);
doc.publication = { ...SEED_PUBLICATION, narrative };
doc.supplement = { ...SEED_SUPPLEMENT };
writeFileSync(path, serialiseDocument(doc));
console.log(`已写出 ${path.pathname}：${linked} 个文中数字改为引用`);
