import { lazy, Suspense } from "react";
import { useEditor } from "../../store/store";

// Only a failed import shows it: the panel and the words for its problems' places load then.
const ImportFailure = lazy(() => import("./ImportFailure").then((m) => ({ default: m.ImportFailure })));

/** Where "无法导入…" appears once an import failed. */
export function ImportFailureSlot() {
  const failed = useEditor((s) => s.importFailure !== null);
  return failed ? (
    <Suspense fallback={null}>
      <ImportFailure />
    </Suspense>
  ) : null;
}
