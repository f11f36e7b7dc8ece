/**
 * Splits Confluent's streaming produce body, "Concatenated JSON" (`{…}{…}` with optional
 * whitespace between), into the text of each top-level object. Returns null when the text is not
 * a sequence of top-level objects (the JSON parser then reports the error as usual).
 */
export function splitConcatenatedObjects(text: string): string[] | null {
  const values: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 0) {
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
      if (ch !== '{') return null;
      start = i;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth < 0) return null;
      if (depth === 0) values.push(text.slice(start, i + 1));
    }
  }
  return depth === 0 && !inString ? values : null;
}

/**
 * A streaming produce body as one JSON document the ordinary parser takes: two or more
 * concatenated objects become an array of them; anything else is returned unchanged.
 */
export function concatenatedObjectsAsArray(text: string): string {
  const values = splitConcatenatedObjects(text);
  return values && values.length > 1 ? `[${values.join(',')}]` : text;
}
