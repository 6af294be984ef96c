import { useEditor } from "../../store/store";

/** Why a file could not be imported: the first problems with their paths. Stays until dismissed. */
export function ImportFailure() {
  const failure = useEditor((s) => s.importFailure);
  if (!failure) return null;
  const more = failure.total - failure.problems.length;
  return (
    <div className="import-failure" role="alert" data-testid="import-failure">
      <div className="import-failure-title">
        无法导入“{failure.fileName}”，未做任何改动（共 {failure.total} 处问题）：
      </div>
      <ul>
        {failure.problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            <code>{p.path}</code>：{p.message}
          </li>
        ))}
        {more > 0 && <li>……另有 {more} 处问题</li>}
      </ul>
      <button type="button" onClick={() => useEditor.getState().setPersistence({ importFailure: null })}>
        知道了
      </button>
    </div>
  );
}
