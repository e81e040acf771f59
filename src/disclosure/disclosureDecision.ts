/**
 * One suppression, as `audit/disclosure.csv` logs it (contract §F): the cell (table id, row, column), the rule
 * that suppressed it, whether it was suppressed on its own (primary) or to protect another cell (secondary),
 * and why, in Danish.
 */
export interface DisclosureDecision {
  /** The table's id (`tabel-2.1`). */
  readonly id: string;
  readonly row: string;
  readonly column: string;
  /** The named rule (`count-under-3`, `secondary`, …), as in the cell and in `tables/<id>.csv`. */
  readonly rule: string;
  readonly primaryOrSecondary: 'primary' | 'secondary';
  readonly reasonDa: string;
}
