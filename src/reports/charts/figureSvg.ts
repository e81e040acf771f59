import * as Plot from '@observablehq/plot';
import { assertNever } from '../../core/assertNever.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { ReportTable } from '../../views/report/reportTable.ts';
import { municipalityMapSvg } from '../maps/municipalityMapSvg.ts';
import { legendSvg, type LegendEntry } from './chartLegend.ts';
import { CHART_STYLE, seriesColour, seriesDash, wrapText } from './chartStyle.ts';
import { escapeXml } from './escapeXml.ts';
import { plotSvg } from './plotSvg.ts';
import { cellTextDa } from './valueTextDa.ts';

/** The width of every figure in px; the report scales it to the text width. */
export const FIGURE_WIDTH = 640;
const PLOT_HEIGHT = 300;

/** A table's figure as a standalone SVG, drawn as its chart says: lines, bars or a municipality map. */
export function figureSvg(table: ReportTable): string {
  const chart = table.chart;
  if (chart === undefined) throw new Error(`${table.id}: a table has no figure`);
  switch (chart.kind) {
    case 'lines':
      return linesSvg(table, chart.yLabelDa);
    case 'bars':
      return barsSvg(table, chart.yLabelDa, chart.stacked);
    case 'map': {
      const values = new Map(
        table.cells.filter((c) => c.column === chart.column).map((c) => [c.row, c.value]),
      );
      return municipalityMapSvg({
        values,
        unit: table.unit,
        legendTitleDa: chart.legendDa,
        titleDa: table.titleDa,
        namesDa: new Map(table.rows.map((r) => [r.key, r.labelDa])),
        idPrefix: table.id.replace(/[^a-z0-9]/g, '-'),
        width: FIGURE_WIDTH,
      });
    }
    default:
      return assertNever(chart);
  }
}

/** Danish ticks: `1.698`, `12,5`; years as they are written (`2024`). */
const tickDa = (decimals: number) => (v: number) => formatNumberDa(v, decimals);

interface Point {
  readonly series: number;
  readonly x: string;
  readonly y: number | null;
  /** Withheld by disclosure control (drawn as `*`, as the figures' note says). */
  readonly suppressed: boolean;
}

/** Each row's cells as points; a cell without a number (suppressed, missing) is a gap, never a zero. */
function pointsOf(table: ReportTable, rows: ReportTable['rows']): Point[] {
  const byKey = new Map(table.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  return rows.flatMap((r, series) =>
    table.columns.map((c) => {
      const v = byKey.get(`${r.key}\u0000${c.key}`)?.value;
      return {
        series,
        x: c.labelDa,
        y: v?.kind === 'value' ? v.value : null,
        suppressed: v?.kind === 'suppressed',
      };
    }),
  );
}

/** Wraps a Plot SVG with the figure's legend above it, its accessible name and its text alternative. */
function withLegend(
  table: ReportTable,
  plot: string,
  legend: readonly LegendEntry[],
  plotHeight: number,
): string {
  const l = legendSvg(legend, FIGURE_WIDTH);
  const height = l.height + 6 + plotHeight;
  const id = table.id.replace(/[^a-z0-9]/g, '-');
  const desc = table.rows
    .map((r) => {
      const cells = table.cells.filter((c) => c.row === r.key);
      return `${r.labelDa}: ${cells
        .map(
          (c) =>
            `${table.columns.find((x) => x.key === c.column)?.labelDa ?? c.column} ${cellTextDa(c.value, c.unit)}`,
        )
        .join(', ')}`;
    })
    .join('. ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${FIGURE_WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `font-family="${CHART_STYLE.fontFamily}">` +
    `<title id="${id}-title">${escapeXml(table.titleDa)}</title><desc id="${id}-desc">${escapeXml(desc)}.</desc>` +
    `${l.svg}<g transform="translate(0,${l.height + 6})">${plot.replace('<svg', `<svg x="0" y="0"`)}</g></svg>`
  );
}

const plotStyle = {
  fontFamily: CHART_STYLE.fontFamily,
  fontSize: `${CHART_STYLE.fontSize}px`,
  color: CHART_STYLE.text,
};

function linesSvg(table: ReportTable, yLabelDa: string): string {
  const points = pointsOf(table, table.rows);
  const ys = points.flatMap((p) => (p.y === null ? [] : [p.y]));
  const max = Math.max(0, ...ys);
  const decimals = table.unit === 'dkk' || max >= 100 ? 0 : max >= 10 ? 0 : 1;
  const marks = table.rows.flatMap((_, i) => {
    const data = points.filter((p) => p.series === i);
    const colour = seriesColour(i);
    return [
      Plot.lineY(data, {
        x: 'x',
        y: (p: Point) => p.y ?? NaN,
        stroke: colour,
        strokeWidth: 2.2,
        strokeDasharray: seriesDash(i),
      }),
      Plot.dot(
        data.filter((p) => p.y !== null),
        { x: 'x', y: 'y', fill: colour, r: 2.6 },
      ),
    ];
  });
  const plot = plotSvg({
    width: FIGURE_WIDTH,
    height: PLOT_HEIGHT,
    marginLeft: 56,
    marginRight: 16,
    style: plotStyle,
    x: { type: 'point', domain: table.columns.map((c) => c.labelDa), label: null, padding: 0.3 },
    y: {
      domain: [0, max === 0 ? 1 : max * 1.1],
      grid: true,
      label: yLabelDa,
      labelArrow: 'none',
      tickFormat: tickDa(decimals),
      nice: true,
    },
    marks: [Plot.ruleY([0], { stroke: CHART_STYLE.axis }), ...marks],
  });
  const legend = table.rows.map((r, i): LegendEntry => ({
    labelDa: r.labelDa,
    colour: seriesColour(i),
    kind: 'line',
    dash: seriesDash(i),
  }));
  return withLegend(table, plot, legend, PLOT_HEIGHT);
}

function barsSvg(table: ReportTable, yLabelDa: string, stacked: boolean): string {
  // A total row ("I alt") is the sum the bars make up, not a bar of its own.
  const rows = table.rows.filter((r) => r.labelDa !== 'I alt');
  const all = pointsOf(table, rows);
  const points = all.filter((p) => p.y !== null);
  const ys = points.map((p) => p.y ?? 0);
  const label = (p: Point): string => rows[p.series]?.labelDa ?? '';
  const colourOf = rows.map((_, i) => seriesColour(i));
  const columnLabels = table.columns.map((c) => c.labelDa);
  // Category labels wrapped to their band, so neighbouring labels never overlap.
  const wrapped = (d: string): string =>
    wrapText(d, (FIGURE_WIDTH - 80) / table.columns.length - 8, CHART_STYLE.fontSize).join('\n');
  const bar = stacked
    ? Plot.barY(points, {
        x: 'x',
        y: 'y',
        fill: (p: Point) => colourOf[p.series],
        order: (p: Point) => p.series,
      })
    : Plot.barY(points, { fx: 'x', x: label, y: 'y', fill: (p: Point) => colourOf[p.series] });
  // A suppressed bar of a grouped chart is a `*` where the bar would stand, not an unexplained gap.
  const starred = stacked
    ? []
    : [
        Plot.text(
          all.filter((p) => p.suppressed),
          { fx: 'x', x: label, y: 0, text: () => '*', dy: -8, fontSize: 14, fill: CHART_STYLE.text },
        ),
      ];
  const plot = plotSvg({
    width: FIGURE_WIDTH,
    height: PLOT_HEIGHT,
    marginLeft: 56,
    marginRight: 16,
    style: plotStyle,
    marginBottom: 44,
    // Stacked: one bar per column. Grouped: one panel (fx) per column, one bar per row (series) within it.
    x: stacked
      ? { domain: columnLabels, label: null, tickFormat: wrapped, padding: 0.35 }
      : { domain: rows.map((r) => r.labelDa), label: null, axis: null, padding: 0.1 },
    ...(stacked ? {} : { fx: { domain: columnLabels, label: null, tickFormat: wrapped, padding: 0.15 } }),
    y: {
      grid: true,
      label: yLabelDa,
      labelArrow: 'none',
      tickFormat: tickDa(0),
      nice: true,
      ...(ys.length === 0 ? { domain: [0, 100] } : {}),
    },
    color: { type: 'identity' },
    marks: [bar, ...starred, Plot.ruleY([0], { stroke: CHART_STYLE.text })],
  });
  const legend = rows.map((r, i): LegendEntry => ({
    labelDa: r.labelDa,
    colour: colourOf[i] ?? '#000',
    kind: 'bar',
  }));
  return withLegend(table, plot, legend, PLOT_HEIGHT);
}
