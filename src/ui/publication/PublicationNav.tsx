import { useState } from "react";
import { countFindings } from "../../domain/checks";
import { useEditor } from "../../store/store";
import { NavCounts } from "../NavCounts";

const PARTS = [
  { id: "pub-overview", label: "部门概况" },
  { id: "pub-narrative", label: "情况说明" },
  { id: "pub-glossary", label: "名词解释" },
  { id: "pub-attachments", label: "附件" },
] as const;

/**
 * Scrolls to a part once the view (loaded on first use) has drawn it, a frame later, when the toolbar's
 * measured height (the headings' scroll margin) is set.
 */
function scrollToPart(id: string, tries = 20): void {
  const element = document.getElementById(id);
  if (element) requestAnimationFrame(() => element.scrollIntoView({ block: "start" }));
  else if (tries > 0) setTimeout(() => scrollToPart(id, tries - 1), 50);
}

/** The publication's other parts under the table list; 情况说明 carries the 表文一致 counts. */
export function PublicationNav() {
  const view = useEditor((s) => s.mainView);
  const setMainView = useEditor((s) => s.setMainView);
  const findings = useEditor((s) => s.narrativeFindings);
  const counts = countFindings(findings);
  // The part last chosen here is the current one while the publication is shown.
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <ol className="table-nav-parts" aria-label="文字部分">
      {PARTS.map((part) => {
        const current = view === "publication" && chosen === part.id;
        return (
          <li key={part.id}>
            <button
              type="button"
              className={current ? "active-part" : ""}
              aria-current={current ? "location" : undefined}
              data-testid={`nav-${part.id}`}
              onClick={() => {
                setChosen(part.id);
                setMainView("publication");
                scrollToPart(part.id);
              }}
            >
              <span className="nav-title">{part.label}</span>
              {part.id === "pub-narrative" && <NavCounts counts={counts} id="narrative" />}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
