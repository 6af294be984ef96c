import econ from "./econ-codes.json";
import functions from "./function-codes.json";

const functionNames = new Map<string, string>([
  ...functions.classes.map((c): [string, string] => [c.code, c.name]),
  ...functions.codes.map((c): [string, string] => [c.code, c.name]),
]);
const econNames = new Map<string, string>(econ.codes.map((c): [string, string] => [c.code, c.name]));

/** The official name of a 功能分类 code, where the shipped (partial) catalog knows it. */
export function functionCodeName(code: string): string | undefined {
  return functionNames.get(code);
}

/** The official name of a 经济分类 code, where the shipped catalog knows it. */
export function economicCodeName(code: string): string | undefined {
  return econNames.get(code);
}
