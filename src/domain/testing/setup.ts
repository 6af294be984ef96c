/** Vitest setup: every test runs with the shipped templates registered, as the app and the CLI do. */
import { loadShippedTemplates } from "../../cli/shipped-templates";

loadShippedTemplates();
