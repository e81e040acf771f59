import { describe, expect, it } from 'vitest';
import { DENOMINATOR_COLUMNS, FIGURE_COLUMNS, MEASURES } from '../../src/core/measures/measures.ts';
import { MEASURE_IDS } from '../../src/core/model/criteria.ts';
import { BUILT_IN_RULE_SETS } from '../../src/core/rulesets/builtInRuleSets.ts';

describe('the measure registry', () => {
  it('has exactly one entry per measure id', () => {
    expect(MEASURES.map((m) => m.id).sort()).toEqual([...MEASURE_IDS].sort());
  });
  it('names the figure columns of data contract §B, in the contract order', () => {
    expect(FIGURE_COLUMNS).toEqual([
      'nonwestern_pct',
      'k1_outside_pct',
      'k2_convicted_pct',
      'k2_national_pct',
      'k3_basic_pct',
      'k4_income_pct',
    ]);
    expect(DENOMINATOR_COLUMNS.map((d) => d.column)).toEqual(['n_18_64', 'n_18_plus', 'n_30_59', 'n_income']);
  });
  it('allows every comparison the built-in rule sets make, and has a Danish header for it', () => {
    for (const rs of BUILT_IN_RULE_SETS)
      for (const rule of rs.lists)
        for (const c of [...(rule.gates ?? []), ...(rule.group?.criteria ?? [])]) {
          const m = MEASURES.find((x) => x.id === c.measure);
          expect(m?.references, `${rs.id} ${c.id}`).toContain(c.reference);
          expect(m?.headerDa[c.reference], `${rs.id} ${c.id}`).toBeTruthy();
        }
  });
  it('a ratio to the national rate needs a national figure', () => {
    for (const m of MEASURES)
      expect(m.references.includes('ratioToNational'), m.id).toBe(m.national !== undefined);
  });
});
