import type { Db } from '../analytics/db.ts';
import type { ValidationReport } from '../analytics/validate/validationReport.ts';
import { rejectsQuery } from '../analytics/workspace/runsQueries.ts';

/** One row a quarantine run set aside: where it was, which rule it broke, with what value, and why in Danish. */
export interface RejectedRow {
  readonly table: string;
  /** The row's number in its file (1 = the first data row). */
  readonly row: number;
  readonly ruleId: string;
  readonly column: string;
  readonly value: string | null;
  readonly reasonDa: string;
}

/**
 * Every rejected row of the workspace's last validation, with the rule's Danish message, sorted by table, row
 * and rule. Person ids never appear: the offending value of a person-id rule is the row's position only.
 */
export async function rejectedRowsFrom(db: Db, validation: ValidationReport): Promise<RejectedRow[]> {
  const messages = new Map(validation.rules.map((r) => [r.ruleId, r.messageDa]));
  const rows = await db.all<{
    table_name: string;
    row_nr: number;
    rule_id: string;
    column_name: string;
    value: string | null;
  }>(rejectsQuery());
  return rows.map((r) => ({
    table: r.table_name,
    row: r.row_nr,
    ruleId: r.rule_id,
    column: r.column_name,
    value: r.value,
    reasonDa: messages.get(r.rule_id) ?? r.rule_id,
  }));
}
