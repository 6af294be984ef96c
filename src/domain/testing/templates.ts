/** The shipped templates for tests, read from public/templates/ and registered. */
import { loadShippedTemplates, shippedTemplate } from "../../cli/shipped-templates";

loadShippedTemplates();

export const template2023 = shippedTemplate("2023");
export const template2023Rows24 = shippedTemplate("2023-24");
export const templateShanghai = shippedTemplate("shanghai-2024");
export const templateShanghai24 = shippedTemplate("shanghai-2024-24");
export const SHIPPED_TEMPLATES = [template2023, template2023Rows24, templateShanghai, templateShanghai24];
