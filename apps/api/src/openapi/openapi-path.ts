/**
 * A Nest/Fastify route path as an OpenAPI path template. Fastify writes a literal colon as `::`
 * (`configs::alter` is the path `configs:alter`, not a parameter `alter`) and lets a parameter
 * carry a regex (`:consumer_group_id(^.+)`): neither belongs in the document.
 */
export function toOpenApiPath(prefix: string, sub: string): string {
  const joined = '/' + [prefix, sub].map((s) => s.replace(/^\/|\/$/g, '')).filter(Boolean).join('/');
  const LITERAL_COLON = '\u0000';
  return joined
    .replace(/::/g, LITERAL_COLON)
    .replace(/:(\w+)(\((?:[^()]|\([^()]*\))*\))?/g, '{$1}')
    .replace(/\u0000/g, ':');
}

/** The names of a path template's parameters, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
