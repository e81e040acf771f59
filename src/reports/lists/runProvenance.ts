import type { Assumptions } from '../../core/assumptions.ts';

/** Row balance of one input table: rows in = rows accepted + rows rejected. */
export interface TableRowCount {
  readonly table: string;
  readonly rowsIn: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** Where a run's numbers came from; written into `manifest.json` with the rule sets and assumptions. */
export interface RunProvenance {
  /** The command line, e.g. `boligmonitor lists --figures x.csv --years 2018-2024`. */
  readonly command: string;
  /** Input files with their SHA-256. */
  readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
  readonly rowCounts: readonly TableRowCount[];
  readonly assumptions: Assumptions;
  readonly startedAt: Date;
  /** Anything else the input path wants recorded (e.g. `quarantine: true`, DuckDB threads). */
  readonly extra?: Readonly<Record<string, unknown>>;
}
