import type { CoverageRow } from '../indicators/deliveryCoverageQuery.ts';

/** The delivery's yearly tables a report measure reads. */
export type CoveredTable = 'residence' | 'labour' | 'education' | 'income' | 'convictions';

const TABLE_DA: Readonly<Record<CoveredTable, string>> = {
  residence: 'bopælsdata (1. januar)',
  labour: 'data om arbejdsmarkedstilknytning',
  education: 'uddannelsesdata',
  income: 'indkomstdata',
  convictions: 'data om domme',
};

/**
 * Which data years the delivery holds, per yearly table. Convictions are events: a year inside the range of
 * decision years counts as covered (a year without any conviction is a year with none, not a missing year).
 */
export class ReportCoverage {
  private readonly years: ReadonlyMap<CoveredTable, ReadonlySet<number>>;

  constructor(rows: readonly CoverageRow[]) {
    const years = new Map<CoveredTable, Set<number>>();
    for (const r of rows) {
      const table = r.table as CoveredTable;
      if (!years.has(table)) years.set(table, new Set());
      years.get(table)?.add(r.year);
    }
    const convictions = [...(years.get('convictions') ?? [])];
    if (convictions.length > 0) {
      const lo = Math.min(...convictions);
      const hi = Math.max(...convictions);
      years.set('convictions', new Set(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)));
    }
    this.years = years;
  }

  has(table: CoveredTable, year: number): boolean {
    return this.years.get(table)?.has(year) ?? false;
  }

  /** Why the given (table, year) needs are not met, in Danish, or null when all are covered. */
  missingWhy(needs: readonly (readonly [CoveredTable, number])[]): string | null {
    const missing = needs.filter(([t, y]) => !this.has(t, y));
    if (missing.length === 0) return null;
    return `leveringen har ikke ${missing.map(([t, y]) => `${TABLE_DA[t]} for ${y}`).join(' og ')}`;
  }

  /** The years in `from`–`to` whose residence snapshot is delivered. */
  snapshotYears(from: number, to: number): number[] {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i).filter((y) =>
      this.has('residence', y),
    );
  }
}
