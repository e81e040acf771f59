import { rationalFromDecimal, type Rational } from '../../../src/core/exact/rational.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import type { DevelopmentPlan, PlanLine, PlanReport } from '../../../src/core/plans/planModel.ts';

/** An exact decimal, for hand-written inputs. */
export const dec = (text: string): Rational => {
  const r = rationalFromDecimal(text);
  if (r === null) throw new Error(text);
  return r;
};

export const plan = (id: string, over: Partial<DevelopmentPlan> = {}): DevelopmentPlan => ({
  areaId: areaId(id),
  approvedDate: '2019-05-01',
  baselineYear: 2018,
  targetPct: dec('40'),
  dispensation: 'none',
  ...over,
});

/** A line: year, kind, public family, other, commercial m² (as written), and actions (default none). */
export const line = (
  year: number,
  kind: PlanLine['kind'],
  publicFamily: number,
  other: number,
  m2: string,
  actions: Partial<
    Pick<PlanLine, 'relabelled' | 'sold' | 'demolished' | 'builtDwellings' | 'builtCommercialUnits'>
  > = {},
): PlanLine => ({
  year,
  kind,
  publicFamilyDwellings: publicFamily,
  otherDwellings: other,
  commercialM2: dec(m2),
  relabelled: 0,
  sold: 0,
  demolished: 0,
  builtDwellings: 0,
  builtCommercialUnits: 0,
  ...actions,
});

export const report = (
  id: string,
  reportYear: number,
  status: PlanReport['status'],
  lines: readonly PlanLine[],
): PlanReport => ({ areaId: areaId(id), reportYear, status, lines });
