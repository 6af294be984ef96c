/** 审核: the rule catalog as data and the evaluator that turns a workbook into findings. */
export { type Acknowledgements, acknowledge, acknowledgementsOf, markAcknowledged } from "./acknowledgements";
export { type CheckInstance, checkInstances, type InstanceStyle } from "./instances";
export { normaliseName } from "./kinds/names";
export { countFindings, countFindingsByTable, type FindingCounts, sortFindings } from "./order";
export { findingsByTable, findingText, type RuleState, ruleStates, ruleTitle } from "./presentation";
export { rulesFor } from "./rules/further-tables";
export { RULES } from "./rules/index";
export { type CheckOptions, CheckSession, checkWorkbook } from "./session";
export * from "./types";
