import { lazy, Suspense, useState } from "react";
import { useEditor } from "../../store/store";

// Loaded when first opened: the first load carries what editing needs.
const DocumentInfoDialog = lazy(() =>
  import("./DocumentInfoDialog").then((m) => ({ default: m.DocumentInfoDialog })),
);

/** The header's department, year and unit; a click opens 文档信息 to change them. */
export function DocumentInfoButton() {
  const department = useEditor((s) => s.workbook?.doc.meta.department ?? "");
  const year = useEditor((s) => s.workbook?.doc.meta.year);
  const unit = useEditor((s) => s.workbook?.doc.meta.unit);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="doc-info"
        title={`${department}｜文档信息：修改部门、年度、单位`}
        data-testid="doc-info"
        onClick={() => setOpen(true)}
      >
        <span className="doc-name" data-testid="doc-department">
          {department}
        </span>
        <span className="doc-meta">
          <span data-testid="doc-year">{year} 年度</span>
          <span data-testid="doc-unit">单位：{unit}</span>
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <DocumentInfoDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
