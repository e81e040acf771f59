import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/core/exact/rational.ts';
import { KOMBINERET_UDLEJNING_RULE } from '../../../src/core/duties/dutyRules.ts';
import { kombineretUdlejningDecision } from '../../../src/core/duties/dutyDecisions.ts';

/** The bundled official § 51 b lists (test/fixtures/official-lists, with their source). */
const csv = (name: string): Record<string, string>[] => {
  const [header, ...lines] = readFileSync(
    new URL(`../../fixtures/official-lists/${name}`, import.meta.url),
    'utf8',
  )
    .trim()
    .split('\n');
  const names = (header ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
};

describe('§ 51 b against the official lists of 2023 and 2024', () => {
  it('uses the thresholds the official list states: ≥ 1,000 residents, ≥ 40 %, ≥ 30 % from 5,000 residents', () => {
    // "min 1,000 residents in connected almene afdelinger; >=40% of 18-64 outside labour market (>=30% if
    // >=5,000 residents)" (BOU alm. del bilag 16, 2024-25).
    expect(KOMBINERET_UDLEJNING_RULE.minResidents).toBe(1000);
    expect(KOMBINERET_UDLEJNING_RULE.share).toEqual({ pct: rational(40), relation: '≥' });
    expect(KOMBINERET_UDLEJNING_RULE.largeResidents).toBe(5000);
    expect(KOMBINERET_UDLEJNING_RULE.largeShare).toEqual({ pct: rational(30), relation: '≥' });
    // The published operators are "at least": both edges are on the list.
    expect(kombineretUdlejningDecision({ residents: 1000, k1Pct: rational(40) }).state).toBe('yes');
    expect(kombineretUdlejningDecision({ residents: 5000, k1Pct: rational(30) }).state).toBe('yes');
  });

  it('reads the 2024 list as complete (8 named, as counted) and the 2023 list as partial (6 of 7 named)', () => {
    const list2024 = csv('kombineret-udlejning-2024.csv');
    const counts = new Map(
      csv('kombineret-udlejning-counts.csv').map((r) => [r.year, Number(r.official_count)]),
    );
    const entered = csv('kombineret-udlejning-changes-2024.csv').filter((r) => r.change === 'in');
    expect(list2024).toHaveLength(counts.get('2024') ?? -1);
    // 2023 = 2024 without the areas new in 2024, plus the one that left (not named in the source): 6 known of 7.
    const known2023 = list2024.filter((a) => !entered.some((e) => e.area_name === a.area_name));
    expect(known2023.map((a) => a.area_name)).toEqual([
      'Byparken/Skovparken',
      'Gl. Jennumparken',
      'Håndværkerparken',
      'Sundparken',
      'Vollsmose',
      'Vængerne',
    ]);
    expect((counts.get('2023') ?? 0) - known2023.length).toBe(1);
  });
});
