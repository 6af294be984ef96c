import catalog from "./function-classes.json";

export type ClassRowVariant = "label26" | "label24";

export function functionClassCodes(variant: ClassRowVariant): string[] {
  return catalog.classes.filter((c) => c[variant] !== "").map((c) => c.code);
}
