import type { MeasuredTable } from '../core/model/measuredTable.ts';
import type { Cell } from '../disclosure/cell.ts';
import type { SuppliedTables } from '../io/readSuppliedTables.ts';
import { chapter6Catalogue, chapter6FactsFrom } from '../views/report/chapter6Catalogue.ts';
import type { ReportFact } from '../views/report/reportFacts.ts';
import type { ReportTable } from '../views/report/reportTable.ts';
import { reportTableFrom } from '../views/report/reportTableFrom.ts';
import type { ReportTableSpec } from '../views/report/reportTableFrom.ts';

/** Chapter 6 from the supplied tables (contract §E), before disclosure control. */
export interface Chapter6Measured {
  readonly measured: readonly MeasuredTable[];
  readonly specs: readonly ReportTableSpec[];
  readonly facts: readonly ReportFact[];
}

/** Tables 6.1–6.2 as measured counts and `facts.csv` as facts; nothing but notices without `--supplied`. */
export function measureChapter6(supplied: SuppliedTables | null): Chapter6Measured {
  const { measured, specs } = chapter6Catalogue(supplied);
  return { measured, specs, facts: chapter6FactsFrom(supplied) };
}

/** Chapter 6's published tables (the supplied ones) after disclosure control. */
export function publishChapter6(m: Chapter6Measured, cells: (id: string) => readonly Cell[]): ReportTable[] {
  return m.specs.map((s) => reportTableFrom(s, cells(s.id)));
}
