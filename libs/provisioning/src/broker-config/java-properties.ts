/**
 * Escaping for values written into a Java `.properties` file (read by `Properties.load(InputStream)`,
 * i.e. ISO-8859-1 with `\uXXXX` escapes) and for strings quoted inside a JAAS config line.
 */

/** Escape a property value so `Properties.load` reads back exactly `value`. */
export function escapePropertyValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const code = value.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\f') out += '\\f';
    // Leading whitespace would be stripped by the parser.
    else if (ch === ' ' && i === 0) out += '\\ ';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** Quote a string for a JAAS option value (`key="value"`): backslash and double quote are escaped. */
export function jaasQuote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
