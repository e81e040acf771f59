import type { Db } from '../analytics/db.ts';
import type { CoverageRow } from '../analytics/indicators/deliveryCoverageQuery.ts';
import { examSchoolYears, integrationAnalyses } from '../analytics/integration/integrationAnalyses.ts';
import { workspaceTables } from '../analytics/report/workspaceTables.ts';
import type { Assumptions } from '../core/assumptions.ts';
import {
  DEFAULT_INTEGRATION_OPTIONS,
  type IntegrationOptions,
} from '../core/integration/integrationOptions.ts';
import type { AreaId } from '../core/model/ids.ts';
import type { MeasuredTable } from '../core/model/measuredTable.ts';
import type { Cell } from '../disclosure/cell.ts';
import type { DisclosureOptions } from '../disclosure/disclosureOptions.ts';
import { chapter4Catalogue, type Chapter4Context } from '../views/report/chapter4Catalogue.ts';
import { chapter4FactsFrom } from '../views/report/chapter4Facts.ts';
import type { ReportFact } from '../views/report/reportFacts.ts';
import type { ReportTable } from '../views/report/reportTable.ts';
import { reportTableFrom } from '../views/report/reportTableFrom.ts';

/** Chapter 4 measured on the open workspace, before disclosure control. */
export interface Chapter4Measured {
  readonly measured: readonly MeasuredTable[];
  readonly context: Omit<Chapter4Context, 'sourceDa'>;
}

/** Chapter 4's analyses (figures 4.1–4.6) for list year Y's parallelsamfund areas and the whole country. */
export async function measureChapter4(
  db: Db,
  input: {
    readonly listYear: number;
    readonly parallelsamfund: readonly AreaId[];
    readonly assumptions: Assumptions;
    readonly options?: IntegrationOptions;
    readonly disclosure: DisclosureOptions;
    readonly coverage: readonly CoverageRow[];
  },
): Promise<Chapter4Measured> {
  const options = input.options ?? DEFAULT_INTEGRATION_OPTIONS;
  const measured = await integrationAnalyses(db, {
    listYear: input.listYear,
    parallelsamfund: input.parallelsamfund,
    assumptions: input.assumptions,
    options,
    tables: await workspaceTables(db),
    coverage: input.coverage,
  });
  return {
    measured,
    context: {
      listYear: input.listYear,
      parallelsamfundCount: input.parallelsamfund.length,
      examSchoolYears: examSchoolYears(input.listYear, options),
      options,
      groupObservationsOver: input.disclosure.disclosureGroupObservationsOver,
    },
  };
}

/** Chapter 4's published figures (those measured) and the facts its text quotes. */
export function publishChapter4(
  m: Chapter4Measured,
  sourceDa: string,
  cells: (id: string) => readonly Cell[],
): { tables: ReportTable[]; facts: ReportFact[] } {
  const specs = chapter4Catalogue({ ...m.context, sourceDa });
  const measuredIds = new Set(m.measured.map((t) => t.id));
  const tables = specs.filter((s) => measuredIds.has(s.id)).map((s) => reportTableFrom(s, cells(s.id)));
  return { tables, facts: chapter4FactsFrom(m.context.listYear, specs, tables) };
}
