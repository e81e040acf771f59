import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../core/assumptions.ts';
import type { AreaFigures } from '../core/model/areaFigures.ts';
import type { Year } from '../core/model/ids.ts';
import type { RuleSet } from '../core/model/ruleSet.ts';
import { defaultRuleSetForYear } from '../core/rulesets/builtInRuleSets.ts';
import { withDb } from './db.ts';
import { areaFiguresFromWorkspace } from './indicators/areaFiguresFromWorkspace.ts';
import { loadDelivery, type LoadedFile } from './load/loadDelivery.ts';
import type { ValidationReport } from './validate/validationReport.ts';

export interface DeliveryFiguresOptions {
  readonly delivery: string;
  readonly years: readonly Year[];
  /** Default: the rule set in force each year. */
  readonly ruleSetForYear?: (year: Year) => RuleSet;
  readonly assumptions?: Assumptions;
  readonly quarantine?: boolean;
  readonly threads?: number;
}

export interface DeliveryFigures {
  /** Empty when the delivery is not usable (see `validation`) or a list year has no snapshot. */
  readonly figures: readonly AreaFigures[];
  readonly validation: ValidationReport;
  /** Input files with their SHA-256. */
  readonly files: readonly LoadedFile[];
  readonly missingYears: readonly Year[];
  readonly notes: readonly string[];
}

/**
 * A delivery's area figures without writing anything: loads and validates it in an in-memory workspace and
 * computes each list year's indicators (the same steps as `runDelivery`, for callers that only want figures).
 */
export async function figuresFromDelivery(opts: DeliveryFiguresOptions): Promise<DeliveryFigures> {
  const ruleSetForYear = opts.ruleSetForYear ?? defaultRuleSetForYear;
  return withDb(
    {
      path: ':memory:',
      threads: opts.threads ?? 2,
      tempDirectory: 'private',
    },
    async (db) => {
      const loaded = await loadDelivery(db, opts.delivery, { quarantine: opts.quarantine ?? false });
      const usable =
        loaded.report.schemaProblems.length === 0 && (opts.quarantine === true || loaded.report.ok);
      if (!usable)
        return { figures: [], validation: loaded.report, files: loaded.files, missingYears: [], notes: [] };
      const result = await areaFiguresFromWorkspace(
        db,
        {
          years: opts.years.map((year) => ({ year, measures: ruleSetForYear(year).measures })),
          assumptions: opts.assumptions ?? DEFAULT_ASSUMPTIONS,
        },
        'figures',
      );
      return { ...result, validation: loaded.report, files: loaded.files };
    },
  );
}
