import type { Assumptions } from '../../core/assumptions.ts';
import type { TableRowCount } from '../../io/tableRowCount.ts';

export type { TableRowCount };

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
