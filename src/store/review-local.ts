/**
 * What the review features remember per browser (localStorage): the reviewer's name, asked once and put
 * on every comment, and which stored documents were opened in 审阅模式. Storage may be missing or
 * refuse (private mode, tests in Node): then nothing is remembered and nothing breaks.
 */

const NAME_KEY = "juesuan.reviewer";
const REVIEW_DOCS_KEY = "juesuan.reviewDocs";
/** Only the most recent ones: the list must not grow without end. */
const MAX_REVIEW_DOCS = 200;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function browserStorage(): KeyValueStore | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function loadReviewerName(storage: KeyValueStore | null = browserStorage()): string {
  try {
    return storage?.getItem(NAME_KEY)?.trim() ?? "";
  } catch {
    return "";
  }
}

export function saveReviewerName(name: string, storage: KeyValueStore | null = browserStorage()): void {
  try {
    storage?.setItem(NAME_KEY, name.trim());
  } catch {
    // Not remembering the name only means asking for it again next time.
  }
}

function reviewDocs(storage: KeyValueStore | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(REVIEW_DOCS_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function isReviewDocument(id: string, storage: KeyValueStore | null = browserStorage()): boolean {
  return reviewDocs(storage).includes(id);
}

export function rememberReviewMode(
  id: string,
  on: boolean,
  storage: KeyValueStore | null = browserStorage(),
): void {
  const others = reviewDocs(storage).filter((x) => x !== id);
  const next = on ? [...others, id].slice(-MAX_REVIEW_DOCS) : others;
  try {
    storage?.setItem(REVIEW_DOCS_KEY, JSON.stringify(next));
  } catch {
    // The mode then lasts for this page only.
  }
}
