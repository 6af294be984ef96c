import { useState } from "react";
import { problemPlace } from "../../domain/document/problem-place";
import type { Template } from "../../domain/templates/types";
import { documentSession } from "../../store/persistence/browser-session";
import type { ImportFailure as Failure } from "../../store/persistence/persistence-slice";
import { useEditor } from "../../store/store";
import { LoadTemplateButton, type TemplateLoadOutcome } from "./LoadTemplateButton";

/**
 * A file whose template this editor lacks: 载入模板 right here, and the file opens once its template is
 * loaded. A template of another id stays loaded (it may serve other files), and the message says so.
 */
function MissingTemplate({ missing }: { missing: NonNullable<Failure["missingTemplate"]> }) {
  const [outcome, setOutcome] = useState<TemplateLoadOutcome | null>(null);
  const loaded = (template: Template) => {
    if (template.id === missing.id) {
      void documentSession()?.importFile(missing.source);
      return;
    }
    setOutcome({
      ok: false,
      text: `已载入模板“${template.name}”（编号 ${template.id}），但本文件需要编号为“${missing.id}”的模板：请载入该模板文件`,
    });
  };
  return (
    <div className="import-failure-offer">
      <LoadTemplateButton onOutcome={setOutcome} onLoaded={loaded} inputTestId="missing-template-input" />
      {!outcome && <span>载入“{missing.id}”的模板文件后，本文件随即打开</span>}
      {outcome && (
        <p className={outcome.ok ? "field-hint" : "field-error"} role="status">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

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
            <span className="import-failure-place">{problemPlace(p.path)}</span>：{p.message}
          </li>
        ))}
        {more > 0 && <li>……另有 {more} 处问题</li>}
      </ul>
      {failure.missingTemplate && (
        <MissingTemplate key={failure.missingTemplate.id} missing={failure.missingTemplate} />
      )}
      <button type="button" onClick={() => useEditor.getState().setPersistence({ importFailure: null })}>
        知道了
      </button>
    </div>
  );
}
