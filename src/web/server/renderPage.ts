import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A page component as an HTML document (text is escaped by the renderer: a name can never become markup). */
export function renderPage(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
