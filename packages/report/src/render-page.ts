import { createHash } from 'node:crypto';
import { escapeHtml } from './escape-html';
import { PAGE_CSS, PAGE_SCRIPT } from './page-style';

const SCRIPT_HASH = createHash('sha256').update(PAGE_SCRIPT).digest('base64');

/**
 * Content security policy of every page: nothing is fetched (no network, no file), inline
 * styles allowed, and the only script that may run is the page's own hover script (by hash).
 * A second guard behind escaping: even a document that slipped markup through runs nothing.
 */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

export interface PageParts {
  /** Plain text: escaped here. */
  title: string;
  /** Trusted HTML, built from escaped parts. */
  header: string;
  body: string;
}

/** A whole HTML page: inline CSS, the hover script, no external resource. */
export function renderPage(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(parts.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="top">${parts.header}</header>
<main>
${parts.body}
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
