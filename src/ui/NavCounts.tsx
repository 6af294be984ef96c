import type { FindingCounts } from "../domain/checks";

/** A nav entry's open 错误 and 提示 (acknowledged 提示 not counted); nothing when there are none. */
export function NavCounts({ counts, id }: { counts: FindingCounts | undefined; id: string }) {
  const warnings = (counts?.warning ?? 0) - (counts?.acknowledged ?? 0);
  if (!counts || (counts.error === 0 && warnings === 0)) return null;
  return (
    <span className="nav-counts" data-testid={`nav-counts-${id}`}>
      {counts.error > 0 && (
        <span className="badge-error" title="错误">
          {counts.error}
        </span>
      )}
      {warnings > 0 && (
        <span className="badge-warning" title="提示">
          {warnings}
        </span>
      )}
    </span>
  );
}
