/**
 * Rule set 2018 — the lists of 1 December 2018–2020 (almenboligloven § 61 a as amended by lov nr. 1322 af
 * 27. november 2018, "Ét Danmark uden parallelsamfund").
 *
 * - udsat boligområde (§ 61 a, stk. 1): at least 1,000 residents (stk. 3) and at least 2 of K1 > 40 % (2-year
 *   average), K2 ≥ 3 × the national rate (2-year average), K3 > 60 % (only education completed or recognised
 *   in Denmark counts), K4 < 55 % of the regional mean;
 * - ghettoområde (§ 61 a, stk. 2): an udsat area where non-western immigrants and descendants exceed 50 %;
 * - hårdt ghettoområde (§ 61 a, stk. 4): a ghetto area in each of the last 4 years; by the transitional rule
 *   of the same act, the last 5 years for the lists of 2018, 2019 and 2020.
 */
import type { RuleSet } from '../model/ruleSet.ts';
import { fourCriteria, nonWesternGate } from './fourCriteria.ts';

export const RULE_SET_2018: RuleSet = {
  id: '2018',
  nameDa: 'Ghettoloven 2018',
  description:
    'Lists of 1 December 2018–2020: udsat (2 of 4), ghetto (udsat and non-western > 50 %), hard ghetto ' +
    '(ghetto each of the last 4 years; 5 years for 2018–2020).',
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
      list: 'ghetto',
      legalRef: 'almenboligloven § 61 a, stk. 2',
      descriptionDa:
        'Ved et ghettoområde forstås et udsat boligområde, hvor andelen af indvandrere og efterkommere fra ' +
        'ikke-vestlige lande overstiger 50 pct.',
      requires: ['udsat'],
      gates: [nonWesternGate('ghetto', 'almenboligloven § 61 a, stk. 2', 50)],
    },
    {
      list: 'hard_ghetto',
      legalRef: 'almenboligloven § 61 a, stk. 4; overgangsregel i lov nr. 1322 af 27. november 2018',
      descriptionDa:
        'Ved et hårdt ghettoområde forstås et ghettoområde, der de seneste 4 år har opfyldt kriterierne for at ' +
        'være et ghettoområde (for listerne 2018-2020 de seneste 5 år).',
      persistence: { of: 'ghetto', years: 4, transitional: { throughYear: 2020, years: 5 } },
    },
  ],
};
