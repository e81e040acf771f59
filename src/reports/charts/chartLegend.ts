import { CHART_STYLE, px, textWidth } from './chartStyle.ts';
import { escapeXml } from './escapeXml.ts';

/** One legend entry: its label and how its series is drawn. */
export interface LegendEntry {
  readonly labelDa: string;
  readonly colour: string;
  /** A line series (with its dash pattern) or a filled bar. */
  readonly kind: 'line' | 'bar';
  readonly dash?: string;
}

/** A legend laid out in rows across `width`: its SVG group and its height. */
export function legendSvg(entries: readonly LegendEntry[], width: number): { svg: string; height: number } {
  const size = CHART_STYLE.fontSize;
  const rowHeight = size + 8;
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  for (const e of entries) {
    const w = 26 + textWidth(e.labelDa, size) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    const mid = y + rowHeight / 2;
    parts.push(
      e.kind === 'line'
        ? `<line x1="${px(x)}" x2="${px(x + 20)}" y1="${px(mid)}" y2="${px(mid)}" stroke="${e.colour}" stroke-width="2.5"` +
            `${e.dash === undefined || e.dash === '' ? '' : ` stroke-dasharray="${e.dash}"`}/>`
        : `<rect x="${px(x + 4)}" y="${px(mid - 6)}" width="12" height="12" fill="${e.colour}"/>`,
      `<text x="${px(x + 26)}" y="${px(mid + size * 0.35)}">${escapeXml(e.labelDa)}</text>`,
    );
    x += w;
  }
  return {
    svg: `<g class="legend" font-size="${size}" fill="${CHART_STYLE.text}">${parts.join('')}</g>`,
    height: entries.length === 0 ? 0 : y + rowHeight,
  };
}
