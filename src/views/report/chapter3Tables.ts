import type { CellValue, Cell } from '../../disclosure/cell.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import { controlRow, DESTINATION_TOTAL } from '../../analytics/socialExport/socialExportAnalyses.ts';
import { SOCIAL_EXPORT_FROM } from '../../core/socialExport/socialExportOptions.ts';
import {
  destinationAxes,
  GROUP_AXES,
  moveYearNoteDa,
  treatedNoteDa,
  vulnerableNoteDa,
  type Chapter3Context,
} from './chapter3Catalogue.ts';
import { didConclusionTextDa, type ChapterDid } from './chapter3Did.ts';
import type { ReportTable } from './reportTable.ts';

/** The published cells of one measured table, by (row, column); a cell not there is a defect. */
export type CellsOf = (id: string) => readonly Cell[];

const valueAt = (cells: readonly Cell[], row: string, column: string, id: string): CellValue => {
  const c = cells.find((x) => x.row === row && x.column === column);
  if (c === undefined) throw new Error(`${id}: no cell for row ${row}, column ${column}`);
  return c.value;
};

/**
 * A share in percent formed from two published counts: the part and the whole. It reveals nothing the counts do
 * not; a count that is not published (suppressed, missing) makes the share the same, and no whole is no share.
 */
export function shareOfCounts(part: CellValue, whole: CellValue): CellValue {
  if (part.kind !== 'value') return part;
  if (whole.kind !== 'value') return whole;
  if (whole.value === 0) return { kind: 'missing', why: 'ingen fraflyttere' };
  return { kind: 'value', value: (100 * part.value) / whole.value };
}

/**
 * Fig 3.4 from its published counts (`figur-3.4`: the vulnerable out-movers from the treated municipalities per
 * destination, and their sum): each municipality's count and its share of the sum; the map shows the shares,
 * a suppressed count as suppressed.
 */
export function figure34From(ctx: Chapter3Context, cellsOf: CellsOf): ReportTable {
  const id = 'figur-3.4';
  const y = ctx.listYear;
  const cells = cellsOf(id);
  const rows = destinationAxes();
  const total = valueAt(cells, DESTINATION_TOTAL, 'count', id);
  const out: Cell[] = rows.flatMap((r) => {
    const count = valueAt(cells, r.key, 'count', id);
    return [
      { row: r.key, column: 'share', unit: 'pct', value: shareOfCounts(count, total) },
      { row: r.key, column: 'count', unit: 'count', value: count },
    ];
  });
  const shares = out.flatMap((c) =>
    c.column === 'share' && c.value.kind === 'value' ? [{ row: c.row, value: c.value.value }] : [],
  );
  const top = shares.reduce<{ row: string; value: number } | null>(
    (best, s) => (best === null || s.value > best.value ? s : best),
    null,
  );
  const nameOf = (code: string): string => rows.find((r) => r.key === code)?.labelDa ?? code;
  const whom = `socialt udsatte personer, der fraflyttede en kommune med forebyggelsesområder i løbet af ${y - 1}`;
  return {
    id,
    titleDa:
      'Oversigt over, hvilke kommuner de socialt udsatte personer, der i løbet af ' +
      `${y - 1} fraflyttede en kommune med forebyggelsesområder, flytter til.`,
    rows,
    columns: [
      { key: 'share', labelDa: 'Andel (pct.)' },
      { key: 'count', labelDa: 'Antal' },
    ],
    cells: out,
    unit: 'pct',
    notesDa: [
      `Der er tale om andelen af den samlede gruppe af ${whom}` +
        (total.kind === 'value' ? ` (${formatNumberDa(total.value)} personer).` : '.') +
        (top === null || top.value === 0
          ? ''
          : ` ${nameOf(top.row)} har den højeste andel, da ${formatNumberDa(top.value, 1)} pct. flyttede dertil.`),
      vulnerableNoteDa(ctx.options),
      treatedNoteDa(ctx),
    ],
    sourceDa: ctx.sourceDa,
    chart: { kind: 'map', column: 'share', legendDa: 'Andel af de socialt udsatte fraflyttere (pct.)' },
  };
}

/**
 * Fig 3.5a or b: the vulnerable share of out-movers per year, treated municipalities (from fig 3.3a/b's published
 * counts) against control municipalities (from this figure's own published counts), with the DiD in a note.
 */
export function figure35From(
  ctx: Chapter3Context,
  cellsOf: CellsOf,
  which: 'a' | 'b',
  did: ChapterDid,
): ReportTable {
  const id = `figur-3.5${which}`;
  const y = ctx.listYear;
  const treatedCells = cellsOf(`figur-3.3${which}`);
  const controlCells = cellsOf(id);
  const columns = Array.from({ length: Math.max(0, y - SOCIAL_EXPORT_FROM + 1) }, (_, i) => {
    const t = String(SOCIAL_EXPORT_FROM + i);
    return { key: t, labelDa: t };
  });
  const cells: Cell[] = GROUP_AXES.flatMap((g) =>
    columns.map((c): Cell => {
      const [src, key, of] =
        g.key === 'treated'
          ? [treatedCells, (r: string) => r, `figur-3.3${which}`]
          : [controlCells, controlRow, id];
      return {
        row: g.key,
        column: c.key,
        unit: 'pct',
        value: shareOfCounts(
          valueAt(src, key('vulnerable'), c.key, of),
          valueAt(src, key('total'), c.key, of),
        ),
      };
    }),
  );
  const to = which === 'a' ? 'andre kommuner' : 'kommuner uden forebyggelsesområder';
  return {
    id,
    titleDa:
      `Andelen af socialt udsatte fraflyttere til ${to} ${SOCIAL_EXPORT_FROM}-${y} fra kommuner med og uden ` +
      'forebyggelsesområder.',
    rows: GROUP_AXES,
    columns,
    cells,
    unit: 'pct',
    notesDa: [
      moveYearNoteDa(y),
      vulnerableNoteDa(ctx.options),
      treatedNoteDa(ctx),
      `Difference-in-differences (kommune- og årsfaste effekter, efterperiode fra ${ctx.options.socialExportPostFrom}): ` +
        didConclusionTextDa(did),
    ],
    sourceDa: ctx.sourceDa,
    chart: { kind: 'lines', yLabelDa: 'Pct.' },
  };
}
