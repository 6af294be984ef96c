/** Writes the published JSON Schemas from the domain's schemas (npm run schema): document and template. */
import { writeFileSync } from "node:fs";
import { documentJsonSchema } from "../src/domain/document/schema";
import { templateJsonSchema } from "../src/domain/templates/template-schema";

const schemas = {
  "juesuan-document.schema.json": documentJsonSchema(),
  "juesuan-template.schema.json": templateJsonSchema(),
};
for (const [file, schema] of Object.entries(schemas)) {
  const target = new URL(`../public/${file}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`已写出 ${target.pathname}`);
}
