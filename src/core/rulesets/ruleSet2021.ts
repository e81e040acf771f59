/**
 * Rule set 2021 — the lists of 1 December 2021 onward (almenboligloven § 61 a and § 61 b as amended in 2021:
 * ghettoområde renamed parallelsamfund, hårdt ghettoområde renamed omdannelsesområde; forebyggelsesområde added).
 *
 * - udsat boligområde (§ 61 a, stk. 1): at least 1,000 residents (stk. 3) and at least 2 of K1 > 40 % (2-year
 *   average), K2 ≥ 3 × the national rate (2-year average), K3 > 60 %, K4 < 55 % of the regional mean;
 * - parallelsamfund (§ 61 a, stk. 2): non-western immigrants and descendants over 50 % and at least 2 of K1–K4,
 *   i.e. an udsat area over the non-western gate;
 * - omdannelsesområde (§ 61 a, stk. 4): met the parallelsamfund conditions in each of the last 5 years (earlier
 *   ghetto membership counts);
 * - forebyggelsesområde (§ 61 b): at least 1,000 residents, non-western over 30 % and at least 2 of K1 > 30 %,
 *   K2 ≥ 2 × national, K3 > 60 %, K4 < 65 %; an udsat area is not a forebyggelsesområde (the lists are disjoint).
 */
import type { RuleSet } from '../model/ruleSet.ts';
import { fourCriteria, nonWesternGate } from './fourCriteria.ts';

export const RULE_SET_2021: RuleSet = {
  id: '2021',
  nameDa: 'Parallelsamfundsloven 2021',
  description:
    'Lists of 1 December 2021 onward: udsat (2 of 4), parallelsamfund (udsat and non-western > 50 %), ' +
    'omdannelse (parallelsamfund each of the last 5 years), forebyggelse (non-western > 30 % and 2 of 4 ' +
    'lower thresholds, not udsat).',
  minResidents: 1000,
  measures: { k3Education: 'danishOrRecognised', averagingYears: 2 },
  lists: [
    {
      list: 'udsat',
      legalRef: 'almenboligloven § 61 a, stk. 1',
      descriptionDa:
        'Ved et udsat boligområde forstås et alment boligområde med mindst 1.000 beboere, hvor mindst to af ' +
        'kriterierne 1-4 er opfyldt.',
      group: {
        minMet: 2,
        criteria: fourCriteria('udsat', 'almenboligloven § 61 a, stk. 1', {
          k1: 40,
          k2Ratio: 3,
          k3: 60,
          k4: 55,
        }),
      },
    },
    {
      list: 'parallelsamfund',
      legalRef: 'almenboligloven § 61 a, stk. 2',
      descriptionDa:
        'Ved et parallelsamfund forstås et boligområde, hvor andelen af indvandrere og efterkommere fra ' +
        'ikke-vestlige lande overstiger 50 pct., og hvor mindst to af kriterierne i stk. 1, nr. 1-4, er opfyldt.',
      requires: ['udsat'],
      gates: [nonWesternGate('parallelsamfund', 'almenboligloven § 61 a, stk. 2', 50)],
    },
    {
      list: 'omdannelse',
      legalRef: 'almenboligloven § 61 a, stk. 4',
      descriptionDa:
        'Ved et omdannelsesområde forstås et boligområde, som de seneste 5 år har opfyldt betingelserne for at ' +
        'være et parallelsamfund.',
      persistence: { of: 'parallelsamfund', years: 5 },
    },
    {
      list: 'forebyggelse',
      legalRef: 'almenboligloven § 61 b',
      descriptionDa:
        'Ved et forebyggelsesområde forstås et alment boligområde med mindst 1.000 beboere, hvor andelen af ' +
        'indvandrere og efterkommere fra ikke-vestlige lande overstiger 30 pct., og hvor mindst to af ' +
        'kriterierne 1-4 er opfyldt; et udsat boligområde er ikke et forebyggelsesområde.',
      excludes: ['udsat'],
      gates: [nonWesternGate('forebyggelse', 'almenboligloven § 61 b', 30)],
      group: {
        minMet: 2,
        criteria: fourCriteria('forebyggelse', 'almenboligloven § 61 b', {
          k1: 30,
          k2Ratio: 2,
          k3: 60,
          k4: 65,
        }),
      },
    },
  ],
};
