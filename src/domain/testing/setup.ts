/** Vitest setup: every test runs with the shipped templates and 科目目录 editions registered, as the app and the CLI do. */
import { loadShippedCatalogs } from "../../cli/shipped-catalogs";
import { loadShippedTemplates } from "../../cli/shipped-templates";

loadShippedTemplates();
loadShippedCatalogs();
