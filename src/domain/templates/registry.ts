import type { Template } from "./types";
import { template2023, template2023Rows24 } from "./y2023";

const TEMPLATES: readonly Template[] = [template2023, template2023Rows24];

export function listTemplates(): readonly Template[] {
  return TEMPLATES;
}

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
