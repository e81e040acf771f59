import type { TableRowCount } from '../../io/tableRowCount.ts';
import type { RuleCategory } from './validationRule.ts';

/** A problem with a file or its columns: the table cannot be read row by row. Always fatal. */
export interface SchemaProblem {
  readonly table: string;
  readonly path: string;
  readonly kind: 'missingFile' | 'ambiguousFile' | 'missingColumn' | 'incompatibleType' | 'unreadable';
  readonly column?: string;
  /** e.g. the type found, or the reader's error message. */
  readonly detail: string;
}

/**
 * A column the contract does not know (ignored), or rows of a warning rule (kept: a value in them is meaningless,
 * e.g. `strategic` on an event that is not a demolition): reported, never fatal.
 */
export interface SchemaWarning {
  readonly table: string;
  readonly column: string;
  readonly detail: string;
  /** For a warning rule: its id, the rows concerned and the first of them. */
  readonly ruleId?: string;
  readonly count?: number;
  readonly examples?: readonly OffendingRow[];
}

export interface OffendingRow {
  /** Data row number in the file, from 1 (the CSV header is not counted). */
  readonly row: number;
  readonly column: string;
  /** The offending value as text (person ids are masked: they never leave the workspace). */
  readonly value: string | null;
}

export interface RuleResult {
  readonly ruleId: string;
  readonly table: string;
  readonly column: string;
  readonly category: RuleCategory;
  readonly messageDa: string;
  readonly messageEn: string;
  /** Offending rows. */
  readonly count: number;
  /** The first offending rows, by row number. */
  readonly examples: readonly OffendingRow[];
}

export interface ValidationReport {
  /** `true` when nothing is in error (warnings allowed). */
  readonly ok: boolean;
  readonly mode: 'strict' | 'quarantine';
  readonly schemaProblems: readonly SchemaProblem[];
  readonly warnings: readonly SchemaWarning[];
  /** Rules with at least one offending row, by table order then rule id. */
  readonly rules: readonly RuleResult[];
  readonly rowCounts: readonly TableRowCount[];
}

/** The report as Danish text lines for the terminal. */
export function validationReportLinesDa(report: ValidationReport): string[] {
  const lines: string[] = [];
  for (const p of report.schemaProblems) {
    lines.push(
      `FEJL ${p.table}${p.column === undefined ? '' : `.${p.column}`}: ${schemaProblemDa(p)} (${p.path})`,
    );
  }
  for (const w of report.warnings) {
    lines.push(`advarsel ${w.ruleId ?? `${w.table}.${w.column}`}: ${w.detail}`);
    for (const e of w.examples ?? []) {
      lines.push(`  ${w.table} række ${danishInt(e.row)}, kolonne ${e.column}: ${e.value ?? '(tom)'}`);
    }
  }
  for (const r of report.rules) {
    lines.push(
      `FEJL ${r.ruleId}: ${r.messageDa} — ${danishInt(r.count)} ${r.count === 1 ? 'række' : 'rækker'}`,
    );
    for (const e of r.examples) {
      lines.push(`  ${r.table} række ${danishInt(e.row)}, kolonne ${e.column}: ${e.value ?? '(tom)'}`);
    }
  }
  if (report.rowCounts.length > 0) {
    lines.push('rækker ind = godkendt + afvist:');
    for (const c of report.rowCounts) {
      lines.push(
        `  ${c.table}: ${danishInt(c.rowsIn)} = ${danishInt(c.accepted)} + ${danishInt(c.rejected)}`,
      );
    }
  }
  return lines;
}

function schemaProblemDa(p: SchemaProblem): string {
  switch (p.kind) {
    case 'missingFile':
      return 'filen mangler';
    case 'ambiguousFile':
      return 'tabellen findes både som .parquet og .csv';
    case 'missingColumn':
      return 'påkrævet kolonne mangler';
    case 'incompatibleType':
      return `forkert kolonnetype: ${p.detail}`;
    case 'unreadable':
      return `filen kan ikke læses: ${p.detail}`;
  }
}

const danishInt = (n: number): string => n.toLocaleString('da-DK');
