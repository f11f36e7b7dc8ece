/**
 * Strict `{{NAME}}` substitution: every placeholder in the template must have a value and every value
 * must be used, so a renamed placeholder fails loudly instead of shipping a broker with a literal `{{X}}`.
 * Values are inserted verbatim; escaping is the caller's job (see java-properties.ts).
 */
const PLACEHOLDER = /\{\{([A-Z][A-Z0-9_]*)\}\}/g;

export class TemplateRenderError extends Error {
  override readonly name = 'TemplateRenderError';
}

export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const wanted = templatePlaceholders(template);
  const missing = wanted.filter((name) => !Object.hasOwn(values, name));
  if (missing.length > 0) throw new TemplateRenderError(`no value for placeholder(s): ${missing.join(', ')}`);
  const unused = Object.keys(values).filter((name) => !wanted.includes(name));
  if (unused.length > 0) throw new TemplateRenderError(`value(s) for unknown placeholder(s): ${unused.join(', ')}`);
  return template.replace(PLACEHOLDER, (_match, name: string) => values[name] as string);
}
