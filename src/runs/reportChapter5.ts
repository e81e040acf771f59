import {
  chapter5Analyses,
  chapter5ListYears,
  type Chapter5Result,
} from '../analytics/report/chapter5Analyses.ts';
import { DEFAULT_DUTY_OPTIONS, type DutyOptions } from '../core/duties/dutyOptions.ts';
import { udsatListsOf } from '../core/duties/udsatLists.ts';
import type { Year } from '../core/model/ids.ts';
import type { MeasuredTable } from '../core/model/measuredTable.ts';
import type { Cell } from '../disclosure/cell.ts';
import { chapter5Catalogue, type Chapter5Context } from '../views/report/chapter5Catalogue.ts';
import { chapter5FactsFrom } from '../views/report/chapter5Facts.ts';
import type { ReportFact } from '../views/report/reportFacts.ts';
import type { ReportTable } from '../views/report/reportTable.ts';
import { reportTableFrom } from '../views/report/reportTableFrom.ts';
import type { RunOutput } from './runDelivery.ts';

/** Chapter 5 measured in the open workspace, before disclosure control; what its tables and manifest need. */
export interface Chapter5Measured {
  readonly tables: readonly MeasuredTable[];
  readonly result: Chapter5Result;
  readonly options: DutyOptions;
  /** The udsatte lists chapter 5 reads, and which of them the run knows. */
  readonly manifest: {
    readonly options: DutyOptions;
    readonly listYears: readonly Year[];
    readonly unknownLists: readonly { readonly year: Year; readonly why: string }[];
  };
}

/**
 * Chapter 5's analyses for the report of list year Y (domain §11): the udsatte lists it reads come from the run
 * (a year the run did not compute is unknown, and the day-care tables resting on it are missing with why).
 */
export async function chapter5Measured(
  output: RunOutput,
  listYear: Year,
  options: DutyOptions = DEFAULT_DUTY_OPTIONS,
): Promise<Chapter5Measured> {
  const listYears = chapter5ListYears(listYear);
  const lists = udsatListsOf(output.run, listYears);
  const result = await chapter5Analyses(output.db, {
    listYear,
    lists,
    options,
    assumptions: output.provenance.assumptions,
  });
  return {
    tables: result.tables,
    result,
    options,
    manifest: {
      options,
      listYears,
      unknownLists: [...lists.values()].flatMap((l) =>
        l.kind === 'unknown' ? [{ year: l.year, why: l.why }] : [],
      ),
    },
  };
}

/** Chapter 5's published tables (from the protected cells) and the facts its text quotes. */
export function chapter5Report(
  measured: Chapter5Measured,
  ctx: { readonly listYear: Year; readonly sourceDa: string; readonly synthetic: boolean },
  cells: (id: string) => readonly Cell[],
): { tables: ReportTable[]; facts: ReportFact[] } {
  const context: Chapter5Context = {
    ...ctx,
    options: measured.options,
    daycareMunicipalities: measured.result.daycareMunicipalities?.length ?? null,
    longListedAreas: measured.result.longListedAreas?.length ?? null,
  };
  const tables = chapter5Catalogue(context).map((spec) => reportTableFrom(spec, cells(spec.id)));
  return { tables, facts: chapter5FactsFrom(context, tables) };
}
