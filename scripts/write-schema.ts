/** Writes public/juesuan-document.schema.json from the domain's document schema (npm run schema). */
import { writeFileSync } from "node:fs";
import { documentJsonSchema } from "../src/domain/document/schema";

const target = new URL("../public/juesuan-document.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
console.log(`已写出 ${target.pathname}`);
