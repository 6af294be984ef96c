import { useId, useMemo, useState } from "react";
import { listTemplates } from "../../domain/templates/registry";
import { planConversion } from "../../domain/workbook/convert";
import { useEditor } from "../../store/store";

const SHOWN_LOST = 200;

/**
 * 转换模板: moves the open document to another template in one undoable step. Before anything changes it
 * lists every figure the target has no place for; the figures that have a place keep it.
 */
export function ConvertTemplateForm({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const workbook = useEditor((s) => s.workbook);
  const revision = useEditor((s) => s.revision);
  const current = workbook?.template.id;
  const targets = listTemplates().filter((t) => t.id !== current);
  const [target, setTarget] = useState(targets[0]?.id ?? "");
  const id = useId();
  const template = targets.find((t) => t.id === target);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the workbook is mutated in place; revision says when
  const conversion = useMemo(
    () => (workbook && template ? planConversion(workbook, template) : null),
    [workbook, template, revision],
  );
  if (!workbook || !conversion || !template) return null;
  const { lost } = conversion;

  const apply = () => {
    const store = useEditor.getState();
    if (!store.applyEdits(conversion.edits, `转换模板为“${template.name}”`)) return;
    const dropped = lost.length > 0 ? `，删除 ${lost.length} 个无对应位置的数` : "，所有数字均已保留";
    store.notify({ kind: "info", text: `已转换为“${template.name}”${dropped}（可撤销）` });
    onDone();
  };

  return (
    <form
      className="new-document-form convert-template-form"
      aria-label="转换模板"
      data-testid="convert-template-form"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label htmlFor={`${id}-current`}>当前格式</label>
      <div id={`${id}-current`}>{workbook.template.name}</div>
      <label htmlFor={`${id}-target`}>转换为</label>
      <div>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="convert-lost" data-testid="convert-lost">
        {lost.length === 0 ? (
          <p>所有数字在新格式中都有对应位置，转换后全部保留。</p>
        ) : (
          <>
            <p role="alert">以下 {lost.length} 个数在新格式中没有对应位置，转换时将删除（可撤销）：</p>
            <ul>
              {lost.slice(0, SHOWN_LOST).map((f) => (
                <li key={`${f.table}|${f.row}|${f.col}`}>
                  {f.place}：{f.value}
                </li>
              ))}
              {lost.length > SHOWN_LOST && <li>……另有 {lost.length - SHOWN_LOST} 个</li>}
            </ul>
          </>
        )}
      </div>
      <div className="form-actions">
        <button type="submit">{lost.length > 0 ? `转换并删除 ${lost.length} 个数` : "转换"}</button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
