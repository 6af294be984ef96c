const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;

/**
 * Whether a JSON text that JSON.parse accepted may write a key twice in one object: the members it
 * writes (colons outside strings) outnumber the keys the parsed value kept. `findDuplicateKeys` builds
 * every object's key set and path; this count costs a tenth of it, so the full scan runs only when the
 * counts differ.
 */
export function mayRepeatKeys(text: string, parsed: unknown): boolean {
  return writtenMembers(text) !== keptKeys(parsed);
}

function writtenMembers(text: string): number {
  let members = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === COLON) members++;
  }
  return members;
}

/** The keys of every object in a parsed JSON value (an explicit stack: a file may nest deeply). */
function keptKeys(parsed: unknown): number {
  let keys = 0;
  const stack = [parsed];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const key in value) {
      keys++;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return keys;
}
