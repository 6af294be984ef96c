/** The table id in files (templates and documents): its shape only; which ids exist is the template's. */
import * as z from "zod/mini";
import { TABLE_ID_PATTERN } from "./types";

export const tableIdSchema = z
  .string({ error: "表号应为文字" })
  .check(z.regex(TABLE_ID_PATTERN, { error: "表号应为两位数字（如 01、10）" }));
