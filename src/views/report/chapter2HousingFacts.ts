import { assertNever } from '../../core/assertNever.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Cell } from '../../disclosure/cell.ts';
import type { ReportFact } from './reportFacts.ts';
import type { ReportTable } from './reportTable.ts';

/** A published cell in the text: `11.629`, `12,4 pct.`; suppressed or unknown said so, never as 0. */
function cellFactDa(cell: Cell | undefined): string {
  if (cell === undefined) return 'ukendt';
  const v = cell.value;
  switch (v.kind) {
    case 'value':
      return cell.unit === 'pct' ? `${formatNumberDa(v.value, 1)} pct.` : formatNumberDa(v.value, 0);
    case 'suppressed':
      return 'diskretioneret';
    case 'missing':
      return `ukendt (${v.why})`;
    case 'notApplicable':
      return 'ikke relevant';
    default:
      return assertNever(v);
  }
}

/** The text's words for table 2.2's rows in fact keys. */
const CATEGORY_KEYS = {
  udsat: 'udsatte',
  parallelsamfund: 'parallelsamfund',
  plan: 'udviklingsplan',
  forebyggelse: 'forebyggelse',
  country: 'landet',
} as const;

/** The text's words for table 2.2's stock columns in fact keys. */
const STOCK_KEYS = {
  tenancies: 'lejemaal',
  relet: 'genudlejet',
  vacant: 'ledige',
  vacancyRate: 'lejeledighed',
  total: 'udlejninger',
  flexible: 'fleksibel',
} as const;

/**
 * The facts of sections 2.4 and 2.6, quoting the published cells of tables 2.2 and 2.4 (after disclosure
 * control): `udlejning.<category>.<column>` (`udlejning.udsatte.lejemaal` → `11.629`, `…lejeledighed` →
 * `12,4 pct.`), `udlejning.aar.naeste` (Y + 1), and `nedrivning.<column>` for table 2.4's sum of the years
 * (`nedrivning.total`, `nedrivning.plan`, `nedrivning.udsat`, `nedrivning.forebyggelse`).
 */
export function chapter2HousingFactsFrom(listYear: number, tables: readonly ReportTable[]): ReportFact[] {
  const cellOf = (id: string, row: string, column: string): Cell | undefined =>
    tables.find((t) => t.id === id)?.cells.find((c) => c.row === row && c.column === column);
  const facts: ReportFact[] = [
    {
      key: 'udlejning.aar.naeste',
      textDa: String(listYear + 1),
      about: 'the 1 January after the letting year',
    },
  ];
  for (const [row, rowKey] of Object.entries(CATEGORY_KEYS)) {
    for (const [column, columnKey] of Object.entries(STOCK_KEYS)) {
      facts.push({
        key: `udlejning.${rowKey}.${columnKey}`,
        textDa: cellFactDa(cellOf('tabel-2.2', row, column)),
        about: `table 2.2, ${row}, ${column}`,
      });
    }
  }
  for (const column of ['udsat', 'forebyggelse', 'total', 'plan']) {
    facts.push({
      key: `nedrivning.${column}`,
      textDa: cellFactDa(cellOf('tabel-2.4', 'total', column)),
      about: `table 2.4, total, ${column}`,
    });
  }
  return facts;
}
