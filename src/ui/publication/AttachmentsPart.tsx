import type { AttachmentFocus } from "../../domain/narrative/attachment-focus";
import type { Attachment } from "../../domain/narrative/model";
import { addSelfEvaluation } from "../../store/attachment-actions";
import { useEditor } from "../../store/store";
import { SelfEvaluationEditor } from "./SelfEvaluationEditor";

interface Props {
  attachments: readonly Attachment[];
  readOnly: boolean;
  focus: AttachmentFocus | null;
  unit: string;
}

/** 第五部分 附件: the 目录 lines, and the 部门整体支出绩效自评表 shown and written where it is attached. */
export function AttachmentsPart({ attachments, readOnly, focus, unit }: Props) {
  const attached = attachments.some((a) => a.table);
  return (
    <>
      <ul className="pub-attachments">
        {attachments.map((attachment, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: attachments have no identity but their place.
          <li key={index}>
            {attachment.listed}
            {attachment.table && (
              <SelfEvaluationEditor
                table={attachment.table}
                attachment={index}
                readOnly={readOnly}
                focus={focus}
                unit={unit}
              />
            )}
          </li>
        ))}
      </ul>
      {!attached && !readOnly && (
        <button
          type="button"
          className="pub-add"
          data-testid="pub-attachment-add"
          onClick={() => addSelfEvaluation(useEditor)}
        >
          ＋ 添加附件：部门整体支出绩效自评表
        </button>
      )}
    </>
  );
}
