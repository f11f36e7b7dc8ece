/** A self-contained HTML reference of /openapi.json (no CDN: the page must work offline). */
export function renderDocsPage(spec: Record<string, unknown>): string {
  const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const paths = spec.paths as Record<string, Record<string, { summary?: string; tags?: string[]; requestBody?: unknown; responses?: Record<string, unknown>; parameters?: { name: string; in: string }[] }>>;
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'Other';
      const params = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name).join(', ');
      const body = op.requestBody ? `<details><summary>Request body</summary><pre>${esc(JSON.stringify((op.requestBody as { content: Record<string, { schema: unknown }> }).content['application/json']?.schema, null, 2))}</pre></details>` : '';
      const row = `<div class="op"><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code> — ${esc(op.summary ?? '')}${params ? `<div class="q">query: ${esc(params)}</div>` : ''}<div class="q">responses: ${esc(Object.keys(op.responses ?? {}).join(', '))}</div>${body}</div>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
    }
  }
  const sections = [...byTag].map(([tag, rows]) => `<h2>${esc(tag)}</h2>${rows.join('')}`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Tributary API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1f24}code{font-size:14px}.op{border:1px solid #d8dee4;border-radius:6px;padding:.5rem .75rem;margin:.4rem 0}.m{display:inline-block;min-width:4.5rem;font-weight:600}.get{color:#0969da}.post{color:#1a7f37}.patch{color:#9a6700}.delete{color:#cf222e}.q{color:#57606a;font-size:13px}pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:12px}</style></head>
<body><h1>Tributary API reference</h1><p>Authenticate with HTTP Basic: a Cloud API key as the user name and its secret as the password. Errors come as <code>{"errors":[{"id","status","code","title","detail","source"}]}</code>. Machine-readable: <a href="/openapi.json">/openapi.json</a>.</p>${sections}</body></html>`;
}
