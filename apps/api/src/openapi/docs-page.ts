import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The renderer's files the page loads, served by the api itself from swagger-ui-dist: no CDN, works offline. */
export const DOCS_ASSETS: Record<string, string> = {
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
};

let distDir: string | undefined;
const cache = new Map<string, Buffer>();

export function docsAsset(name: string): Buffer | undefined {
  if (!(name in DOCS_ASSETS)) return undefined;
  distDir ??= dirname(createRequire(__filename).resolve('swagger-ui-dist/package.json'));
  let file = cache.get(name);
  if (!file) {
    file = readFileSync(join(distDir, name));
    cache.set(name, file);
  }
  return file;
}

/** Swagger UI's settings: the document is ours, nothing is sent elsewhere (no validator badge). */
export const DOCS_INIT_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#reference',
    validatorUrl: null,
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    defaultModelExpandDepth: 3,
    displayRequestDuration: true,
    showExtensions: true,
    showCommonExtensions: true,
    tryItOutEnabled: false,
    persistAuthorization: false,
  });
});
`;

/** /docs: the API reference, rendered in the browser by Swagger UI from /openapi.json. */
export function renderDocsPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Tributary API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<style>body{margin:0}.intro{font:15px/1.5 system-ui,sans-serif;padding:1rem 20px}</style>
</head>
<body>
<noscript><p class="intro">The reference needs JavaScript. The same content, machine-readable: <a href="/openapi.json">/openapi.json</a>.</p></noscript>
<div id="reference"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/docs-init.js"></script>
</body>
</html>`;
}
