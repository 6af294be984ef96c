import { useRef } from "react";
import { errorReason } from "../../domain/error-reason";
import type { Template } from "../../domain/templates/types";
import { addUserTemplate } from "../user-templates";

/** What became of a 载入模板, shown in the 文档 dialog (the message bar is behind it). */
export interface TemplateLoadOutcome {
  ok: boolean;
  text: string;
}

interface LoadTemplateButtonProps {
  onOutcome: (outcome: TemplateLoadOutcome) => void;
  /** What follows a template loaded; by default the outcome says where it can be chosen. */
  onLoaded?: (template: Template) => void;
  inputTestId?: string;
}

/** 载入模板: reads a template file (JSON), validates it and keeps it in this browser for 新建 and 转换模板. */
export function LoadTemplateButton({
  onOutcome,
  onLoaded,
  inputTestId = "template-input",
}: LoadTemplateButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const load = async (file: File) => {
    try {
      const template = await addUserTemplate(await file.text());
      if (onLoaded) onLoaded(template);
      else onOutcome({ ok: true, text: `已载入模板“${template.name}”，可在新建文档和转换模板中选用` });
    } catch (error) {
      onOutcome({
        ok: false,
        text: `${file.name}：${errorReason(error)}`,
      });
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="载入模板文件（JSON，格式见 juesuan-template.schema.json）"
      >
        载入模板…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid={inputTestId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void load(file);
        }}
      />
    </>
  );
}
