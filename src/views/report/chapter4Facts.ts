import { assertNever } from '../../core/assertNever.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Cell } from '../../disclosure/cell.ts';
import type { ReportFact } from './reportFacts.ts';
import type { ReportTable } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

/**
 * The facts of chapter 4's text: every cell of figures 4.1–4.6 as `figur-4.1.parallelsamfund.f.menapt` →
 * `34 pct.` (shares in whole percent, grades with one decimal), or in words why it is not shown
 * (`[diskretioneret]`, `[ingen data]`); a figure the report could not measure gives `[ikke opgjort]` (its
 * notice, in place of the figure, names the absent input), never a number. Also `integration.aar` (the year the figures describe, Y − 1).
 */
export function chapter4FactsFrom(
  listYear: number,
  specs: readonly ReportTableSpec[],
  tables: readonly ReportTable[],
): ReportFact[] {
  const facts: ReportFact[] = [
    { key: 'integration.aar', textDa: String(listYear - 1), about: 'the year chapter 4 describes (Y − 1)' },
  ];
  for (const spec of specs) {
    const table = tables.find((t) => t.id === spec.id);
    for (const row of spec.rows) {
      for (const column of spec.columns) {
        const cell = table?.cells.find((c) => c.row === row.key && c.column === column.key);
        const textDa = cell === undefined ? '[ikke opgjort]' : cellFactDa(cell);
        facts.push({
          key: `${spec.id}.${row.key}.${column.key}`,
          textDa,
          about: `${spec.id}, ${row.labelDa}, ${column.labelDa}`,
        });
      }
    }
  }
  return facts;
}

/** A published cell as the text quotes it: `34 pct.`, `7,2`, or why there is no number. */
function cellFactDa(cell: Cell): string {
  const v = cell.value;
  switch (v.kind) {
    case 'value':
      return cell.unit === 'pct' ? `${formatNumberDa(v.value, 0)} pct.` : formatNumberDa(v.value, 1);
    case 'suppressed':
      return '[diskretioneret]';
    case 'missing':
      return '[ingen data]';
    case 'notApplicable':
      return '[ikke relevant]';
    default:
      return assertNever(v);
  }
}
