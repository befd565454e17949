const HTML_SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and for quoted attribute values alike: `&`, `<`, `>`,
 * `"` and `'`. Every string that comes from a document, a record or a gold fixture goes
 * through here before it reaches a page.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ENTITIES[c]!);
}
