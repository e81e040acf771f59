import type { Criterion } from '../model/criteria.ts';
import { criterion } from './criterion.ts';
import { MEASURE_WORDING_DA } from './measureWordingDa.ts';

/** Thresholds of the four socio-economic criteria K1–K4 of almenboligloven § 61 a, stk. 1 and § 61 b. */
export interface FourThresholds {
  readonly k1: number;
  readonly k2Ratio: number;
  readonly k3: number;
  readonly k4: number;
}

const TIMES_DA: Record<number, string> = { 2: '2 gange', 3: '3 gange' };

/** K1–K4 as worded from 2018: K1 `>`, K2 `>=` × national, K3 `>`, K4 `<` % of region. */
export function fourCriteria(list: string, legalRef: string, t: FourThresholds): readonly Criterion[] {
  const pct = (x: number): string => String(x).replace('.', ',');
  return [
    criterion({
      list,
      measure: 'K1',
      legalRef: `${legalRef}, nr. 1`,
      descriptionDa: `${MEASURE_WORDING_DA.K1}, overstiger ${pct(t.k1)} pct. opgjort som gennemsnit over de seneste 2 år.`,
      operator: '>',
      threshold: t.k1,
      reference: 'pct',
      averagingYears: 2,
    }),
    criterion({
      list,
      measure: 'K2',
      legalRef: `${legalRef}, nr. 2`,
      descriptionDa:
        `${MEASURE_WORDING_DA.K2} udgør mindst ${TIMES_DA[t.k2Ratio] ?? `${pct(t.k2Ratio)} gange`} ` +
        'landsgennemsnittet opgjort som gennemsnit over de seneste 2 år.',
      operator: '>=',
      threshold: t.k2Ratio,
      reference: 'ratioToNational',
      averagingYears: 2,
    }),
    criterion({
      list,
      measure: 'K3',
      legalRef: `${legalRef}, nr. 3`,
      descriptionDa: `${MEASURE_WORDING_DA.K3}, overstiger ${pct(t.k3)} pct.`,
      operator: '>',
      threshold: t.k3,
      reference: 'pct',
      averagingYears: 1,
    }),
    criterion({
      list,
      measure: 'K4',
      legalRef: `${legalRef}, nr. 4`,
      descriptionDa:
        `${MEASURE_WORDING_DA.K4} udgør mindre end ${pct(t.k4)} pct. af den gennemsnitlige bruttoindkomst ` +
        'for samme gruppe i regionen.',
      operator: '<',
      threshold: t.k4,
      reference: 'pctOfRegion',
      averagingYears: 1,
    }),
  ];
}

/** The non-western gate: share of immigrants and descendants from non-western countries over `threshold` %. */
export function nonWesternGate(list: string, legalRef: string, threshold: number): Criterion {
  return criterion({
    list,
    measure: 'NW',
    legalRef,
    descriptionDa: `${MEASURE_WORDING_DA.NW} overstiger ${threshold} pct.`,
    operator: '>',
    threshold,
    reference: 'pct',
    averagingYears: 1,
  });
}
