import type { RejectedRow } from '../../views/rejectedRows.ts';
import { csvText } from './csvText.ts';

/** Header of `rejects.csv` (`boligmonitor run --quarantine`). */
export const REJECTS_COLUMNS = ['table', 'row', 'rule_id', 'column', 'value', 'reason'] as const;

/** `rejects.csv`: every rejected row with the rule and its Danish reason. */
export function rejectsCsv(rows: readonly RejectedRow[]): string {
  return csvText(
    REJECTS_COLUMNS,
    rows.map((r) => [r.table, r.row, r.ruleId, r.column, r.value, r.reasonDa]),
  );
}
