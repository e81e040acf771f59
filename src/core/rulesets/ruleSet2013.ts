/**
 * Rule set 2013 — the ghetto lists of 1 December 2013–2017.
 *
 * Source: the 2013 political agreement and the ministerial criteria as published with the 1 December lists
 * (reference/official-lists/criteria_history.csv): an alment boligområde with at least 1,000 residents where
 * at least 3 of 5 criteria hold: non-western immigrants and descendants over 50 %; residents 18–64 without
 * attachment to the labour market or education over 40 % (2-year average); convicted residents 18+ over 2.7 %
 * (2-year average); residents 30–59 with only basic education, unknown education included, over 50 %; mean
 * gross income of taxpayers 15–64 excluding students under 55 % of the same group in the region.
 * The ghetto list was also the list of udsatte areas; there was no separate udsat list.
 */
import type { RuleSet } from '../model/ruleSet.ts';
import { criterion } from './criterion.ts';
import { MEASURE_WORDING_DA } from './measureWordingDa.ts';

const REF = 'Ministerielle kriterier for ghettolisten pr. 1. december 2013-2017 (aftale 2013)';

export const RULE_SET_2013: RuleSet = {
  id: '2013',
  nameDa: 'Ghettokriterierne 2013',
  description: 'Ghetto lists of 1 December 2013–2017: at least 1,000 residents and at least 3 of 5 criteria.',
  minResidents: 1000,
  measures: { k3Education: 'anySource', averagingYears: 2 },
  lists: [
    {
      list: 'ghetto',
      legalRef: REF,
      descriptionDa:
        'Et alment boligområde med mindst 1.000 beboere, hvor mindst tre af fem kriterier er opfyldt.',
      group: {
        minMet: 3,
        criteria: [
          criterion({
            list: 'ghetto',
            measure: 'NW',
            legalRef: `${REF}, kriterie 1`,
            descriptionDa: `${MEASURE_WORDING_DA.NW} overstiger 50 pct.`,
            operator: '>',
            threshold: 50,
            reference: 'pct',
            averagingYears: 1,
          }),
          criterion({
            list: 'ghetto',
            measure: 'K1',
            legalRef: `${REF}, kriterie 2`,
            descriptionDa: `${MEASURE_WORDING_DA.K1}, overstiger 40 pct. opgjort som gennemsnit over de seneste 2 år.`,
            operator: '>',
            threshold: 40,
            reference: 'pct',
            averagingYears: 2,
          }),
          criterion({
            list: 'ghetto',
            measure: 'K2',
            legalRef: `${REF}, kriterie 3`,
            descriptionDa:
              'Antallet af dømte for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer ' +
              'overstiger 2,7 pct. af beboerne på 18 år og derover opgjort som gennemsnit over de seneste 2 år.',
            operator: '>',
            threshold: 2.7,
            reference: 'pct',
            averagingYears: 2,
          }),
          criterion({
            list: 'ghetto',
            measure: 'K3',
            legalRef: `${REF}, kriterie 4`,
            descriptionDa: `${MEASURE_WORDING_DA.K3}, herunder uoplyst uddannelse, overstiger 50 pct.`,
            operator: '>',
            threshold: 50,
            reference: 'pct',
            averagingYears: 1,
          }),
          criterion({
            list: 'ghetto',
            measure: 'K4',
            legalRef: `${REF}, kriterie 5`,
            descriptionDa: `${MEASURE_WORDING_DA.K4} udgør mindre end 55 pct. af den gennemsnitlige bruttoindkomst for samme gruppe i regionen.`,
            operator: '<',
            threshold: 55,
            reference: 'pctOfRegion',
            averagingYears: 1,
          }),
        ],
      },
    },
  ],
};
