/** 培训: trace, structure map, glossary, cell roles and the guided tour, for the trainer's views. */
export {
  type CheckIndex,
  type CheckInstance,
  checkIndex,
  type RelationState,
  worstState,
} from "./check-index";
export { GLOSSARY, type GlossaryEntry } from "./glossary";
export {
  type CellGlossary,
  type GlossaryMatch,
  glossaryForCell,
  glossaryForColumn,
  glossaryForRow,
  glossaryForTable,
  matchGlossary,
} from "./glossary-match";
export { type RelationJoin, relationJoins, type StructureStates, structureStates } from "./relation-joins";
export { blankWorkbook, type CellRole, type CellRoleInfo, cellRoles, roleCounts } from "./roles";
export {
  buildStructureMap,
  pairKey,
  type RelationKind,
  relationCount,
  type StructureMap,
  type TableNode,
  type TablePair,
  type TableRelation,
} from "./structure-map";
export {
  type FigureSource,
  figureValue,
  ruleStateAt,
  SAMPLE_TOUR,
  stepCells,
  type TourFigure,
  type TourStep,
  verifyTour,
} from "./tour";
export {
  allDependents,
  allPrecedents,
  type CellTrace,
  type CheckLink,
  checksOf,
  dependents,
  precedents,
  type Reach,
  reach,
  type TableGroup,
  type TraceCell,
  type TraceClosure,
  type TraceStep,
  traceAll,
  traceCell,
} from "./trace";
