import type { TableId } from "../../domain/templates/types";
import type { StructureMap, StructureStates } from "../../domain/training";
import { STATE_CLASS, STATE_LABEL } from "./labels";

const WIDTH = 780;
const HEIGHT = 560;
const NODE_W = 150;
const NODE_H = 48;

/** Nodes on an ellipse in 01…09 order, 01 at the top: every pair has a straight, distinct line. */
function positions(ids: readonly TableId[]): Map<TableId, { x: number; y: number }> {
  const at = new Map<TableId, { x: number; y: number }>();
  ids.forEach((id, i) => {
    const angle = (i / ids.length) * 2 * Math.PI - Math.PI / 2;
    at.set(id, {
      x: WIDTH / 2 + (WIDTH / 2 - NODE_W / 2 - 6) * Math.cos(angle),
      y: HEIGHT / 2 + (HEIGHT / 2 - NODE_H / 2 - 6) * Math.sin(angle),
    });
  });
  return at;
}

/** Short enough for a box (the full title is in the box's tooltip). */
function shortTitle(title: string): string {
  return title.length > 11 ? `${title.slice(0, 10)}…` : title;
}

interface DiagramProps {
  map: StructureMap;
  states: StructureStates;
  selected: string | null;
  onSelect: (pair: string) => void;
}

/** The drawing of the structure map: table boxes, one line per related pair with its relation count. */
export function StructureDiagram({ map, states, selected, onSelect }: DiagramProps) {
  const at = positions(map.nodes.map((n) => n.id));
  const selectedTables: readonly TableId[] = map.pairs.find((p) => p.key === selected)?.tables ?? [];
  return (
    <svg
      className="structure-diagram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-labelledby="structure-diagram-title"
    >
      <title id="structure-diagram-title">九张表及其关系</title>
      {map.pairs.map((pair) => {
        const a = at.get(pair.tables[0]);
        const b = at.get(pair.tables[1]);
        if (!a || !b) return null;
        const state = states.pairs[pair.key] ?? "ok";
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const label = `${pair.names[0]} ↔ ${pair.names[1]}：派生 ${pair.derivations} 条，校验 ${pair.checks} 条（${STATE_LABEL[state]}）`;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it acts as one.
          <g
            key={pair.key}
            className={`diagram-edge state-${STATE_CLASS[state]}${pair.key === selected ? " selected" : ""}`}
            role="button"
            tabIndex={0}
            aria-label={label}
            onClick={() => onSelect(pair.key)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                onSelect(pair.key);
              }
            }}
          >
            <title>{label}</title>
            <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={2 + pair.relations.length} />
            <circle cx={mid.x} cy={mid.y} r={10} />
            <text x={mid.x} y={mid.y} dy="0.35em" textAnchor="middle">
              {pair.relations.length}
            </text>
          </g>
        );
      })}
      {map.nodes.map((node) => {
        const p = at.get(node.id);
        if (!p) return null;
        const state = states.tables[node.id] ?? "ok";
        const within = `表内：派生 ${node.within.derivations} 条${
          node.within.rules.length > 0 ? `，审核规则 ${node.within.rules.join("、")}` : ""
        }`;
        return (
          <g
            key={node.id}
            className={`diagram-node state-${STATE_CLASS[state]}${selectedTables.includes(node.id) ? " selected" : ""}`}
            data-table={node.id}
          >
            <title>{`${node.label} ${node.title}\n${within}`}</title>
            <rect x={p.x - NODE_W / 2} y={p.y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={6} />
            <text x={p.x} y={p.y - 6} textAnchor="middle" className="node-label">
              {node.label}
            </text>
            <text x={p.x} y={p.y + 13} textAnchor="middle" className="node-title">
              {shortTitle(node.title)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
