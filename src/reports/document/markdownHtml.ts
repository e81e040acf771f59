import { Marked } from 'marked';

const escapeHtml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Markdown of the report's text as HTML. The template is trusted, but the facts filled into it carry data
 * (area names from the delivery), so raw HTML in the Markdown is escaped, never passed through.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: (token) => escapeHtml(token.text),
  },
});

export function markdownHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
