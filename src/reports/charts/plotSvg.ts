import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Observable Plot drawn in Node on linkedom's DOM, as SVG text with its namespace (Plot leaves it to the
 * browser). Legends are drawn by the caller inside the figure's own SVG, not as Plot's HTML swatches.
 */
export function plotSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document });
  const svg = (node as unknown as { outerHTML: string }).outerHTML;
  if (!svg.startsWith('<svg')) throw new Error('Plot drew something other than one <svg> (a legend?)');
  return svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
}
