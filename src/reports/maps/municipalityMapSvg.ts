import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { assertNever } from '../../core/assertNever.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Unit } from '../../core/model/statistic.ts';
import type { CellValue } from '../../disclosure/cell.ts';
import {
  MUNICIPALITY_GEOMETRY_ATTRIBUTION_DA,
  municipalityShapes,
  type MunicipalityShape,
} from '../../reference/municipalityGeometry.ts';
import { CHART_STYLE, MAP_STYLE, px, wrapText } from '../charts/chartStyle.ts';
import { escapeXml } from '../charts/escapeXml.ts';
import { cellTextDa } from '../charts/valueTextDa.ts';
import { classOf, mapClassesFor, type MapClass } from './mapClasses.ts';

/** A municipality's value on the map: a plain number, or a published cell (suppressed, missing, …). */
export type MunicipalityMapValue = number | CellValue;

export interface MunicipalityMapOptions {
  /** The value per municipality code (`"101"`); a municipality without one is drawn as having no data. */
  readonly values: ReadonlyMap<string, MunicipalityMapValue>;
  /** The legend's title, which also says what the colours show: `Antal forebyggelsesområder`. */
  readonly legendTitleDa: string;
  /** The unit of the values (default `count`): decides the legend's classes and how a value is written. */
  readonly unit?: Unit;
  /** The map's accessible name (its `<title>`); default the legend title. */
  readonly titleDa?: string;
  /** The map's text alternative (its `<desc>`); default a sentence naming the highest value and the zeros. */
  readonly descDa?: string;
  /**
   * Each municipality as a focusable link to this address (e.g. the municipality's page on the web site);
   * `undefined` for a municipality without one. With links the map is a `group` of links, not one image.
   */
  readonly hrefOf?: (code: string) => string | undefined;
  /** Names to show instead of the boundary file's (e.g. a report table's row labels). */
  readonly namesDa?: ReadonlyMap<string, string>;
  /** Prefix of the ids inside the SVG, distinct per map when a page shows several (default `kort`). */
  readonly idPrefix?: string;
  /** Width in px (default 600); the height follows from Denmark's shape. */
  readonly width?: number;
}

/** The attribution line under every map (reference/SOURCES.md §1). */
export const MAP_ATTRIBUTION_DA = `Kort: ${MUNICIPALITY_GEOMETRY_ATTRIBUTION_DA}`;

const PAD = 8;
const INSET_PAD = 6;
const SWATCH = { w: 16, h: 11, gap: 5 } as const;

/** What a municipality is filled with, and the legend entry it belongs to. */
type Fill =
  | { readonly kind: 'zero' }
  | { readonly kind: 'class'; readonly cls: MapClass }
  | { readonly kind: 'suppressed' | 'missing' | 'notApplicable' };

/**
 * A choropleth of Denmark's 98 municipalities as a standalone, accessible SVG: Bornholm in an inset box,
 * municipalities with the value 0 in a light neutral, suppressed and missing values in two patterns, a
 * Danish legend, the boundary data's attribution, and a `<title>` (name and value) on every municipality.
 */
export function municipalityMapSvg(options: MunicipalityMapOptions): string {
  const unit = options.unit ?? 'count';
  const width = options.width ?? 600;
  const id = options.idPrefix ?? 'kort';
  const shapes = municipalityShapes();
  const cellOf = (code: string): CellValue => {
    const v = options.values.get(code);
    if (v === undefined) return { kind: 'missing', why: 'ingen værdi for kommunen' };
    return typeof v === 'number' ? { kind: 'value', value: v } : v;
  };
  const nameOf = (s: MunicipalityShape): string => options.namesDa?.get(s.code) ?? s.name;
  const unknown = [...options.values.keys()].filter((code) => !shapes.some((s) => s.code === code));
  if (unknown.length > 0)
    throw new Error(`not a municipality code: ${unknown.join(', ')} (municipality map)`);

  const numbers = shapes.flatMap((s) => {
    const c = cellOf(s.code);
    return c.kind === 'value' ? [c.value] : [];
  });
  const classes = mapClassesFor(numbers, unit);
  const fillOf = (c: CellValue): Fill => {
    switch (c.kind) {
      case 'value': {
        if (c.value === 0) return { kind: 'zero' };
        const cls = classOf(classes, c.value);
        if (cls === undefined) throw new Error(`no map class for ${c.value}`);
        return { kind: 'class', cls };
      }
      case 'suppressed':
      case 'missing':
      case 'notApplicable':
        return { kind: c.kind };
      default:
        return assertNever(c);
    }
  };
  const paint = (f: Fill): string => {
    switch (f.kind) {
      case 'zero':
        return MAP_STYLE.zero;
      case 'class':
        return f.cls.fill;
      case 'suppressed':
        return `url(#${id}-diskretioneret)`;
      case 'missing':
        return `url(#${id}-mangler)`;
      case 'notApplicable':
        return MAP_STYLE.noData;
      default:
        return assertNever(f);
    }
  };

  // Layout: the map on the left, the legend in a column on the right, the attribution underneath.
  const legendWidth = Math.max(150, Math.round(width * 0.27));
  const mapWidth = width - 2 * PAD - legendWidth - 12;
  const mainland = collection(shapes.filter((s) => s.code !== '400'));
  const bornholm = shapes.find((s) => s.code === '400');
  const projection = geoTransverseMercator().rotate([-9, 0]).fitWidth(mapWidth, mainland);
  const [, [, mainHeight]] = geoPath(projection).bounds(mainland);
  projection.translate(shift(projection, PAD, PAD));
  const mainPath = geoPath(projection).digits(1);

  let inset: { x: number; y: number; w: number; h: number; path: ReturnType<typeof geoPath> } | undefined;
  if (bornholm !== undefined) {
    const [[x0, y0], [x1, y1]] = mainPath.bounds(bornholm);
    const w = x1 - x0 + 2 * INSET_PAD;
    const h = y1 - y0 + 2 * INSET_PAD;
    const x = PAD + mapWidth - w;
    const y = PAD;
    const insetProjection = geoTransverseMercator()
      .rotate(projection.rotate())
      .scale(projection.scale())
      .translate(shift(projection, x + INSET_PAD - x0, y + INSET_PAD - y0));
    inset = { x, y, w, h, path: geoPath(insetProjection).digits(1) };
  }

  const shapeSvg = (s: MunicipalityShape): string => {
    const cell = cellOf(s.code);
    const label = `${nameOf(s)}: ${cellTextDa(cell, unit)}`;
    const path = s.code === '400' && inset !== undefined ? inset.path : mainPath;
    const d = path(s) ?? '';
    const shape =
      `<path class="kommune" data-kode="${escapeXml(s.code)}" d="${d}" fill="${paint(fillOf(cell))}">` +
      `<title>${escapeXml(label)}</title></path>`;
    const href = options.hrefOf?.(s.code);
    return href === undefined
      ? shape
      : `<a href="${escapeXml(href)}" aria-label="${escapeXml(label)}">${shape}</a>`;
  };

  // The legend: which entries occur, in order 0, the classes, then what has no number.
  const fills = shapes.map((s) => fillOf(cellOf(s.code)));
  const has = (kind: Fill['kind']): boolean => fills.some((f) => f.kind === kind);
  const entries: { fill: string; labelDa: string }[] = [
    ...(has('zero') ? [{ fill: MAP_STYLE.zero, labelDa: formatNumberDa(0) }] : []),
    ...classes.map((c) => ({ fill: c.fill, labelDa: c.labelDa })),
    ...(has('suppressed') ? [{ fill: paint({ kind: 'suppressed' }), labelDa: 'Diskretioneret' }] : []),
    ...(has('missing') ? [{ fill: paint({ kind: 'missing' }), labelDa: 'Ingen data' }] : []),
    ...(has('notApplicable') ? [{ fill: paint({ kind: 'notApplicable' }), labelDa: 'Ikke relevant' }] : []),
  ];
  const legendX = width - PAD - legendWidth;
  const titleLines = wrapText(options.legendTitleDa, legendWidth, CHART_STYLE.fontSize, true);
  const lineHeight = CHART_STYLE.fontSize * 1.3;
  const legendTop = PAD + CHART_STYLE.fontSize;
  const entriesTop = legendTop + titleLines.length * lineHeight;
  const legend =
    `<g class="legend" aria-hidden="true" font-size="${CHART_STYLE.fontSize}" fill="${CHART_STYLE.text}">` +
    titleLines
      .map(
        (l, i) =>
          `<text x="${px(legendX)}" y="${px(legendTop + i * lineHeight)}" font-weight="600">${escapeXml(l)}</text>`,
      )
      .join('') +
    entries
      .map((e, i) => {
        const y = entriesTop + i * (SWATCH.h + SWATCH.gap);
        return (
          `<rect x="${px(legendX)}" y="${px(y)}" width="${SWATCH.w}" height="${SWATCH.h}" fill="${e.fill}" ` +
          `stroke="${MAP_STYLE.border}" stroke-width="0.5"/>` +
          `<text x="${px(legendX + SWATCH.w + 6)}" y="${px(y + SWATCH.h / 2)}" dy="0.35em">${escapeXml(e.labelDa)}</text>`
        );
      })
      .join('') +
    '</g>';
  const legendBottom = entriesTop + entries.length * (SWATCH.h + SWATCH.gap);

  const attributionLines = wrapText(MAP_ATTRIBUTION_DA, width - 2 * PAD, CHART_STYLE.smallFontSize);
  const attributionTop = Math.max(PAD + mainHeight, legendBottom) + 8 + CHART_STYLE.smallFontSize;
  const smallLine = CHART_STYLE.smallFontSize * 1.3;
  const attribution =
    `<text class="attribution" font-size="${CHART_STYLE.smallFontSize}" fill="${CHART_STYLE.mutedText}">` +
    attributionLines
      .map((l, i) => `<tspan x="${PAD}" y="${px(attributionTop + i * smallLine)}">${escapeXml(l)}</tspan>`)
      .join('') +
    '</text>';
  const height = Math.ceil(attributionTop + (attributionLines.length - 1) * smallLine + PAD);

  const titleDa = options.titleDa ?? options.legendTitleDa;
  const descDa =
    options.descDa ??
    describeMap(
      shapes.map((s) => ({ name: nameOf(s), cell: cellOf(s.code) })),
      options.legendTitleDa,
      unit,
    );
  const linked = options.hrefOf !== undefined;
  const order = [...shapes].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="${linked ? 'group' : 'img'}" aria-labelledby="${id}-title ${id}-desc" ` +
    `font-family="${escapeXml(CHART_STYLE.fontFamily)}" font-size="${CHART_STYLE.fontSize}">` +
    `<title id="${id}-title">${escapeXml(titleDa)}</title>` +
    `<desc id="${id}-desc">${escapeXml(descDa)}</desc>` +
    `<defs>${patterns(id)}</defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<g class="municipalities" stroke="${MAP_STYLE.border}" stroke-width="${MAP_STYLE.borderWidth}" stroke-linejoin="round">` +
    order.map(shapeSvg).join('') +
    '</g>' +
    (inset === undefined
      ? ''
      : `<rect class="inset" x="${px(inset.x)}" y="${px(inset.y)}" width="${px(inset.w)}" height="${px(inset.h)}" ` +
        `fill="none" stroke="${CHART_STYLE.axis}" stroke-width="0.75"/>`) +
    legend +
    attribution +
    '</svg>'
  );
}

/** The map in one or two sentences, for a reader who cannot see it. */
function describeMap(
  items: readonly { name: string; cell: CellValue }[],
  legendTitleDa: string,
  unit: Unit,
): string {
  const valued = items.flatMap((i) =>
    i.cell.kind === 'value' ? [{ name: i.name, value: i.cell.value }] : [],
  );
  const parts = [`Kort over Danmarks ${items.length} kommuner efter ${legendTitleDa.toLowerCase()}.`];
  const max = Math.max(...valued.map((v) => v.value));
  const top = valued.filter((v) => v.value === max && max > 0).map((v) => v.name);
  if (top.length > 0) {
    parts.push(`Højeste værdi: ${top.join(', ')} (${cellTextDa({ kind: 'value', value: max }, unit)}).`);
  }
  const zeros = valued.filter((v) => v.value === 0).length;
  if (zeros > 0) parts.push(`${zeros} ${zeros === 1 ? 'kommune har' : 'kommuner har'} værdien 0.`);
  const count = (kind: CellValue['kind']): number => items.filter((i) => i.cell.kind === kind).length;
  if (count('suppressed') > 0) parts.push(`${count('suppressed')} diskretioneret.`);
  if (count('missing') > 0) parts.push(`${count('missing')} uden data.`);
  return parts.join(' ');
}

/** The hatch (suppressed) and dot (missing) fills; both read in greyscale and differ from every colour. */
function patterns(id: string): string {
  return (
    `<pattern id="${id}-diskretioneret" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="4" height="4" fill="${MAP_STYLE.noData}"/>` +
    `<line x1="0" y1="0" x2="0" y2="4" stroke="${MAP_STYLE.hatch}" stroke-width="1.4"/></pattern>` +
    `<pattern id="${id}-mangler" width="4" height="4" patternUnits="userSpaceOnUse">` +
    `<rect width="4" height="4" fill="${MAP_STYLE.noData}"/>` +
    `<circle cx="2" cy="2" r="0.75" fill="${MAP_STYLE.hatch}"/></pattern>`
  );
}

function collection(shapes: readonly MunicipalityShape[]): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: shapes.map((s) => ({ type: 'Feature', properties: s.properties, geometry: s.geometry })),
  };
}

/** The projection's translate moved by (dx, dy) px. */
function shift(projection: GeoProjection, dx: number, dy: number): [number, number] {
  const [tx, ty] = projection.translate();
  return [tx + dx, ty + dy];
}
