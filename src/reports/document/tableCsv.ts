import { assertNever } from '../../core/assertNever.ts';
import type { Cell } from '../../disclosure/cell.ts';
import type { ReportTable } from '../../views/report/reportTable.ts';
import { csvNumber, csvText } from '../lists/csvText.ts';

/** Header of `tables/<id>.csv` (contract §F). */
export const TABLE_CSV_COLUMNS = ['id', 'row', 'column', 'value', 'status', 'rule', 'unit'] as const;

/** The value, status and rule columns of one cell: full precision with `.` decimals only for a value. */
function fields(cell: Cell): [string, string, string] {
  const v = cell.value;
  switch (v.kind) {
    case 'value':
      return [csvNumber(v.value), 'value', ''];
    case 'suppressed':
      return ['', 'suppressed', v.rule];
    case 'missing':
      return ['', 'missing', v.why];
    case 'notApplicable':
      return ['', 'notApplicable', ''];
    default:
      return assertNever(v);
  }
}

/** `tables/<id>.csv`: every cell of a table or figure in long form, in the table's row and column order. */
export function tableCsv(table: ReportTable): string {
  return csvText(
    TABLE_CSV_COLUMNS,
    table.cells.map((c) => {
      const [value, status, rule] = fields(c);
      return [table.id, c.row, c.column, value, status, rule, c.unit];
    }),
  );
}
