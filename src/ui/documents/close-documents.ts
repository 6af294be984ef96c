import { useEditor } from "../../store/store";

export function closeDocuments(): void {
  useEditor.getState().setPersistence({ documentsOpen: false });
}
