/**
 * The templates this program knows: the shipped files under public/templates/ (read by the browser's or
 * the command line's loader at start) and any a user loads. Lookups are synchronous once registered.
 */
import type { Template } from "./types";

const templates = new Map<string, Template>();

export function registerTemplate(template: Template): void {
  templates.set(template.id, template);
}

export function listTemplates(): readonly Template[] {
  return [...templates.values()];
}

export function findTemplate(id: string): Template | undefined {
  return templates.get(id);
}
