import type { SqlParam } from '../sql.ts';
import type { ContractTable } from '../delivery/deliverySchema.ts';

export const RULE_CATEGORIES = ['type', 'required', 'domain', 'key', 'reference', 'time'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

interface RuleBase {
  /** Stable id, e.g. `residence.person_id.reference`. */
  readonly id: string;
  readonly table: ContractTable;
  /** The column an offending row is reported under. */
  readonly column: string;
  readonly category: RuleCategory;
  readonly messageDa: string;
  readonly messageEn: string;
}

/**
 * A rule decided row by row: `offending` is a SQL boolean over the row (alias `t`, may look up other tables);
 * `value` is the SQL text reported as the offending value (default: the column as text).
 * Rules of one table are checked together in one scan.
 */
export interface RowRule extends RuleBase {
  readonly kind: 'row';
  readonly offending: string;
  readonly value?: string;
  /** Parameters used in `offending`; names must be unique across the rules of a table. */
  readonly params?: Readonly<Record<string, SqlParam>>;
}

/**
 * A rule over a set of rows (duplicate keys, overlapping delimitations): `select` is a SQL query over the
 * table yielding `row_nr` and `value` for each offending row.
 */
export interface SetRule extends RuleBase {
  readonly kind: 'set';
  readonly select: string;
  readonly params?: Readonly<Record<string, SqlParam>>;
}

export type ValidationRule = RowRule | SetRule;

/**
 * A condition that does not make a row unusable, only a value meaningless (e.g. `strategic` on an event that is
 * not a demolition): the rows are kept and counted in a warning of the report. `select` yields `row_nr` and
 * `value` per row concerned, like a `SetRule`.
 */
export interface WarningRule {
  readonly id: string;
  readonly table: ContractTable;
  readonly column: string;
  readonly messageDa: string;
  readonly messageEn: string;
  readonly select: string;
}
