/** A key written twice in one JSON object: the object's path and the key. */
export interface DuplicateKey {
  path: readonly string[];
  key: string;
}

interface ObjectFrame {
  kind: "object";
  path: string[];
  keys: Set<string>;
  key: string;
  expectKey: boolean;
}

interface ArrayFrame {
  kind: "array";
  path: string[];
  index: number;
}

/** The index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end > 0) {
    let slashes = 0;
    while (text[end - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length;
}

/**
 * The keys written twice in one object of a JSON text that JSON.parse accepted. JSON.parse keeps the
 * last copy silently, so a file listing a row twice would open with one of its copies gone: the document
 * parser refuses such a file instead. A single pass over the text; only keys are decoded.
 */
export function findDuplicateKeys(text: string, limit = 20): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  const childPath = (): string[] => {
    const top = stack.at(-1);
    if (!top) return [];
    return [...top.path, top.kind === "object" ? top.key : String(top.index)];
  };
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.kind === "object" && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push({ path: top.path, key });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === "{") {
      stack.push({ kind: "object", path: childPath(), keys: new Set(), key: "", expectKey: true });
    } else if (c === "[") {
      stack.push({ kind: "array", path: childPath(), index: 0 });
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const top = stack.at(-1);
      if (top?.kind === "object") top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
}
