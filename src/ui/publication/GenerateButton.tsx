import { useState } from "react";
import { narrativeReplaced, publicationOf } from "../../domain/narrative/edit-publication";
import type { Workbook } from "../../domain/workbook/workbook";
import { generateNarrativeText } from "../../store/publication-actions";
import { useEditor } from "../../store/store";

/**
 * 生成情况说明. Over a text already written it first says what will be replaced (the hand-written 原因
 * sentences go with it) and asks: 继续 / 取消.
 */
export function GenerateButton({ workbook, disabled }: { workbook: Workbook; disabled: boolean }) {
  const [asking, setAsking] = useState<string | null>(null);
  const start = () => {
    const replaced = narrativeReplaced(publicationOf(workbook));
    if (replaced.paragraphs === 0) {
      generateNarrativeText(useEditor);
      return;
    }
    const reasons =
      replaced.reasons > 0
        ? `，其中 ${replaced.reasons} 段写有原因说明，手写的原因将被模板句“（请填写原因）”替换`
        : "";
    setAsking(
      `生成情况说明将按模板重写第三部分：现有 ${replaced.sections} 节、${replaced.paragraphs} 段文字将被替换${reasons}。部门概况、名词解释和附件不变；替换后只能用“撤销”找回。`,
    );
  };
  return (
    <>
      <button
        type="button"
        onClick={start}
        disabled={disabled}
        title={disabled ? "审阅模式：文字只读" : undefined}
        data-testid="pub-generate"
      >
        生成情况说明
      </button>
      {asking && (
        <div
          className="pub-confirm"
          role="alertdialog"
          aria-label="生成情况说明"
          data-testid="pub-generate-confirm"
        >
          <p>{asking}</p>
          <button
            type="button"
            data-testid="pub-generate-continue"
            onClick={() => {
              setAsking(null);
              generateNarrativeText(useEditor);
            }}
          >
            继续
          </button>
          <button
            type="button"
            data-testid="pub-generate-cancel"
            onClick={() => setAsking(null)}
            // biome-ignore lint/a11y/noAutofocus: the safe answer has the focus, so Enter keeps the text
            autoFocus
          >
            取消
          </button>
        </div>
      )}
    </>
  );
}
