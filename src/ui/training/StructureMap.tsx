import { useMemo, useState } from "react";
import type { CellId } from "../../domain/engine/cell-id";
import type { TableId } from "../../domain/templates/types";
import {
  buildStructureMap,
  type RelationJoin,
  relationCount,
  relationJoins,
  type StructureMap as StructureMapData,
  structureStates,
  type TableRelation,
  traceCell,
} from "../../domain/training";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import { RELATION_KEY } from "./highlight-keys";
import { STATE_CLASS, STATE_LABEL } from "./labels";
import { highlightCells, jumpToCell } from "./navigate";
import { StructureDiagram } from "./StructureDiagram";
import "./training-views.css";

/** A long list of joins (a mirror over every 类 row) is cut; the rest on request. */
const JOINS_SHOWN = 20;

/** 结构图: the nine tables and the relations between them, from the template and the rule catalog. */
export function StructureMap({ workbook }: { workbook: Workbook }) {
  const findings = useEditor((s) => s.findings);
  const map = useMemo(() => buildStructureMap(workbook.template), [workbook]);
  const count = useMemo(() => relationCount(map), [map]);
  const states = useMemo(() => structureStates(workbook, map, findings), [workbook, map, findings]);
  const [pairKey, setPairKey] = useState<string | null>(map.pairs[0]?.key ?? null);
  const pair = map.pairs.find((p) => p.key === pairKey) ?? null;
  return (
    <section
      className="structure-map"
      aria-label="结构图"
      data-testid="structure-map"
      data-relations={count.total}
      data-derivations={count.派生}
      data-checks={count.校验}
    >
      <header className="training-page-head">
        <h1>结构图</h1>
        <p data-testid="structure-count">
          九张表之间共有 <strong>{count.total}</strong> 条跨表关系：派生 {count.派生}{" "}
          条（一张表的数取自另一张表），校验 {count.校验}{" "}
          条（审核规则比较两张表的数）。颜色表示当前文档的审核状态。
        </p>
      </header>
      <div className="structure-body">
        <div className="structure-drawing">
          <StructureDiagram map={map} states={states} selected={pairKey} onSelect={setPairKey} />
          <ul className="state-legend" aria-label="图例">
            {(["ok", "尾差", "warning", "error"] as const).map((state) => (
              <li key={state} className={`legend-swatch state-${STATE_CLASS[state]}`}>
                {STATE_LABEL[state]}
              </li>
            ))}
            <li className="legend-note">线上数字为关系条数，线越粗关系越多；点击线或右侧列表查看详情</li>
          </ul>
        </div>
        <div className="structure-side">
          <PairList map={map} states={states.pairs} selected={pairKey} onSelect={setPairKey} />
          {pair && (
            <PairDetail
              key={pair.key}
              workbook={workbook}
              map={map}
              pairKey={pair.key}
              relations={pair.relations}
              states={states.relations}
            />
          )}
        </div>
      </div>
      {map.general.length > 0 && (
        <p className="structure-general">适用于所有金额的规则：{map.general.join("、")}</p>
      )}
    </section>
  );
}

function PairList({
  map,
  states,
  selected,
  onSelect,
}: {
  map: StructureMapData;
  states: Record<string, keyof typeof STATE_CLASS>;
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  return (
    <ul className="pair-list" aria-label="表间关系">
      {map.pairs.map((p) => {
        const state = states[p.key] ?? "ok";
        return (
          <li key={p.key}>
            <button
              type="button"
              className={`pair-button state-${STATE_CLASS[state]}`}
              aria-pressed={p.key === selected}
              data-testid={`pair-${p.key}`}
              data-count={p.relations.length}
              onClick={() => onSelect(p.key)}
              title={STATE_LABEL[state]}
            >
              <span className="pair-tables">
                {p.names[0]} ↔ {p.names[1]}
              </span>
              <span className="pair-counts">
                {p.derivations > 0 && `派生 ${p.derivations} `}
                {p.checks > 0 && `校验 ${p.checks}`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function PairDetail({
  workbook,
  map,
  pairKey,
  relations,
  states,
}: {
  workbook: Workbook;
  map: StructureMapData;
  pairKey: string;
  relations: readonly TableRelation[];
  states: Record<string, keyof typeof STATE_CLASS>;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [a, b] = pairKey.split("-") as [TableId, TableId];
  // The boxes' labels: 公开05表, or where the layout prints none the table's name (上海 表五).
  const label = (id: TableId) => map.nodes.find((node) => node.id === id)?.label ?? id;
  return (
    <div className="pair-detail" data-testid="pair-detail">
      <h2>
        {label(a)} ↔ {label(b)}：{relations.length} 条关系
      </h2>
      <ol className="relation-list">
        {relations.map((relation) => {
          const state = states[relation.id] ?? "ok";
          return (
            <li
              key={relation.id}
              className={`relation state-${STATE_CLASS[state]}`}
              data-testid={`relation-${relation.id}`}
            >
              <div className="relation-head">
                <span className={`relation-kind kind-${relation.kind === "派生" ? "derive" : "check"}`}>
                  {relation.kind}
                </span>
                <span className="relation-title">{relation.title}</span>
                <span className={`state-badge state-${STATE_CLASS[state]}`}>{STATE_LABEL[state]}</span>
              </div>
              <p className="relation-description">{relation.formula ?? relation.description}</p>
              <button
                type="button"
                className="link-button"
                aria-expanded={open === relation.id}
                onClick={() => setOpen(open === relation.id ? null : relation.id)}
              >
                {open === relation.id ? "收起单元格" : "查看涉及的单元格"}
              </button>
              {open === relation.id && (
                <Joins workbook={workbook} map={map} relation={relation} pairKey={pairKey} />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Joins({
  workbook,
  map,
  relation,
  pairKey,
}: {
  workbook: Workbook;
  map: StructureMapData;
  relation: TableRelation;
  pairKey: string;
}) {
  const findings = useEditor((s) => s.findings);
  const [all, setAll] = useState(false);
  const joins = useMemo(
    () => relationJoins(workbook, map, relation, { pair: pairKey, findings }),
    [workbook, map, relation, pairKey, findings],
  );
  if (joins.length === 0) return <p className="muted">本文档中没有这条关系涉及的行。</p>;
  const shown = all ? joins : joins.slice(0, JOINS_SHOWN);
  return (
    <ul className="join-list">
      {shown.map((join) => (
        <li key={join.key ?? `${join.left.join()}=${join.right.join()}`}>
          <button
            type="button"
            className={`join-button state-${STATE_CLASS[join.state]}`}
            onClick={() => openJoin(join)}
            title="转到这些单元格"
          >
            {sideText(workbook, join.left)} {join.rel ?? "↔"} {sideText(workbook, join.right)}
          </button>
        </li>
      ))}
      {joins.length > shown.length && (
        <li>
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            显示全部 {joins.length} 处
          </button>
        </li>
      )}
    </ul>
  );
}

function sideText(workbook: Workbook, cells: readonly CellId[]): string {
  const first = cells[0];
  if (!first) return "（无）";
  const text = traceCell(workbook, first).address;
  return cells.length > 1 ? `${text} 等 ${cells.length} 格` : text;
}

function openJoin(join: RelationJoin): void {
  const first = join.left[0] ?? join.right[0];
  if (!first) return;
  jumpToCell(first);
  highlightCells(RELATION_KEY, [...join.left, ...join.right]);
}
