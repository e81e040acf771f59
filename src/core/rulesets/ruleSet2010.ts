/**
 * Rule set 2010 — the first ghetto list (26 October 2010, then 1 October 2011 and 2012).
 *
 * Source: the government strategy "Ghettoen tilbage til samfundet" (October 2010) and the ministerial criteria
 * recorded in reference/official-lists/criteria_history.csv: an alment boligområde with at least 1,000 residents
 * where at least 2 of 3 criteria hold: non-western immigrants and descendants over 50 %; residents 18–64
 * without attachment to the labour market or education over 40 % (average of the last 4 years); residents
 * 18+ convicted under straffeloven, våbenloven or lov om euforiserende stoffer over 270 per 10,000 (2.7 %,
 * average of the last 4 years). There was no separate list of udsatte areas: the ghetto list was that list.
 */
import type { RuleSet } from '../model/ruleSet.ts';
import { criterion } from './criterion.ts';
import { MEASURE_WORDING_DA } from './measureWordingDa.ts';

const REF = 'Regeringens strategi "Ghettoen tilbage til samfundet" (okt. 2010), ministerielle kriterier';

export const RULE_SET_2010: RuleSet = {
  id: '2010',
  nameDa: 'Ghettokriterierne 2010',
  description: 'Ghetto lists of 2010–2012: at least 1,000 residents and at least 2 of 3 criteria.',
  minResidents: 1000,
  measures: { k3Education: 'anySource', averagingYears: 4 },
  lists: [
    {
      list: 'ghetto',
      legalRef: REF,
      descriptionDa:
        'Et alment boligområde med mindst 1.000 beboere, hvor mindst to af tre kriterier er opfyldt.',
      group: {
        minMet: 2,
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
            descriptionDa: `${MEASURE_WORDING_DA.K1}, overstiger 40 pct. opgjort som gennemsnit over de seneste 4 år.`,
            operator: '>',
            threshold: 40,
            reference: 'pct',
            averagingYears: 4,
          }),
          criterion({
            list: 'ghetto',
            measure: 'K2',
            legalRef: `${REF}, kriterie 3`,
            descriptionDa:
              'Antallet af dømte for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer ' +
              'overstiger 270 pr. 10.000 beboere på 18 år og derover (2,7 pct.) opgjort som gennemsnit over de ' +
              'seneste 4 år.',
            operator: '>',
            threshold: 2.7,
            reference: 'pct',
            averagingYears: 4,
          }),
        ],
      },
    },
  ],
};
