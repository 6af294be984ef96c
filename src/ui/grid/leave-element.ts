const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Moves the focus to the first focusable element after `element` (before it, going backwards), as Tab
 * would from its last (first) stop: the grid keeps Tab for its own cells and must not trap the focus.
 */
export function leaveElement(element: HTMLElement, backwards: boolean): void {
  const outside = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !element.contains(el) && el.getClientRects().length > 0,
  );
  const follows = (el: HTMLElement) =>
    (element.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? outside.filter((el) => !follows(el)).at(-1) : outside.find(follows);
  (target ?? outside[0])?.focus();
}
