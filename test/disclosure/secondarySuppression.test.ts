import { describe, expect, it } from 'vitest';
import { protectTables } from '../../src/disclosure/protectTables.ts';
import { cell, count, ref, relation, share, suppressedCells, table, twoWayTable } from './measuredTables.ts';

// Every expected pattern below is worked out by hand in the comment above it. The order cells are wanted
// published is documented in protectTables: zeros (and shares of 0 % or 100 %) first, then more persons
// first, then cells built from more inner cells, then input order; a cell is suppressed when publishing it
// would reveal a primary cell.

describe('secondary suppression (Gaussian elimination)', () => {
  it('a 2-D table with row and column totals: the cheapest rectangle through the primary cell', () => {
    //          A    B    C   I alt
    //   r1     1    5    9    15
    //   r2     6    8   10    24
    //   I alt  7   13   19    39
    // (r1, A) = 1 is primary. With all totals published, any suppressed cell needs a partner in its row and in
    // its column, so the smallest safe pattern is a rectangle through (r1, A): with column B it hides
    // 5 + 6 + 8 = 19 persons, with column C 9 + 6 + 10 = 25. So: (r1, B), (r2, A), (r2, B).
    const t = twoWayTable(
      't',
      ['r1', 'r2'],
      ['A', 'B', 'C'],
      [
        [1, 5, 9],
        [6, 8, 10],
      ],
    );
    const result = protectTables([t]);
    expect(suppressedCells(result)).toEqual([
      't/r1/A:primary',
      't/r1/B:secondary',
      't/r2/A:secondary',
      't/r2/B:secondary',
    ]);
    const published = result.tables
      .get('t')
      ?.filter((c) => c.value.kind === 'value')
      .map((c) => [c.row, c.column]);
    expect(published).toEqual([
      ['r1', 'C'],
      ['r1', 'I alt'],
      ['r2', 'C'],
      ['r2', 'I alt'],
      ['I alt', 'A'],
      ['I alt', 'B'],
      ['I alt', 'C'],
      ['I alt', 'I alt'],
    ]);
  });

  it('zeros are published first: the rectangle goes through a column with persons in it', () => {
    //          A    B    C   I alt
    //   r1     1    0    5     6
    //   r2     3    0    7    10
    //   I alt  4    0   12    16
    // (r1, A) = 1 is primary. By size alone the rectangle through column B (0 + 3 + 0 persons) would be the
    // cheapest, but a reader who sees column B's total of 0 knows both its cells are 0, so hiding them protects
    // nothing. Zeros are published first, and the rectangle goes through column C: (r1, C), (r2, A), (r2, C).
    const t = twoWayTable(
      't',
      ['r1', 'r2'],
      ['A', 'B', 'C'],
      [
        [1, 0, 5],
        [3, 0, 7],
      ],
    );
    expect(suppressedCells(protectTables([t]))).toEqual([
      't/r1/A:primary',
      't/r1/C:secondary',
      't/r2/A:secondary',
      't/r2/C:secondary',
    ]);
  });

  it('a table without a primary cell is published whole', () => {
    const t = twoWayTable(
      't',
      ['r1', 'r2'],
      ['A', 'B'],
      [
        [3, 5],
        [6, 8],
      ],
    );
    const result = protectTables([t]);
    expect(suppressedCells(result)).toEqual([]);
    expect(result.decisions).toEqual([]);
    expect(result.tables.get('t')?.map((c) => c.value)).toEqual(
      [3, 5, 8, 6, 8, 14, 9, 13, 22].map((value) => ({ kind: 'value', value })),
    );
  });

  it('a hierarchy (country = regions, region = municipalities): one more municipality in the same region', () => {
    // Danmark 66 = Hovedstaden 16 + Syddanmark 50; Hovedstaden = K1 2 + K2 10 + K3 4; Syddanmark = K4 20 + K5 30.
    // K1 = 2 is primary. Hovedstaden = Danmark − Syddanmark is known, so one of K2, K3 must go with K1 (one
    // cell is the fewest possible; suppressing Hovedstaden does not help); the smaller is K3 (4).
    const id = 'kommuner';
    const c = 'antal';
    const t = table(
      id,
      [
        count('Danmark', c, 66),
        count('Hovedstaden', c, 16),
        count('Syddanmark', c, 50),
        count('K1', c, 2),
        count('K2', c, 10),
        count('K3', c, 4),
        count('K4', c, 20),
        count('K5', c, 30),
      ],
      [
        relation(ref(id, 'Danmark', c), [ref(id, 'Hovedstaden', c), ref(id, 'Syddanmark', c)]),
        relation(ref(id, 'Hovedstaden', c), [ref(id, 'K1', c), ref(id, 'K2', c), ref(id, 'K3', c)]),
        relation(ref(id, 'Syddanmark', c), [ref(id, 'K4', c), ref(id, 'K5', c)]),
      ],
    );
    expect(suppressedCells(protectTables([t]))).toEqual([
      'kommuner/K1/antal:primary',
      'kommuner/K3/antal:secondary',
    ]);
  });

  it('a hierarchy whose small region is primary: the national total is kept, its region and a municipality go', () => {
    // Danmark 22 = Hovedstaden 20 + Syddanmark 2; Hovedstaden = K1 10 + K2 6 + K3 4; Syddanmark = K4 1 + K5 1.
    // Syddanmark, K4 and K5 are primary (counts of 1 or 2). Syddanmark = Danmark − Hovedstaden, so Danmark or
    // Hovedstaden must go. Hiding Danmark alone would be one cell, but the national total has the most persons
    // and is published first; then Hovedstaden goes, and since Hovedstaden = K1 + K2 + K3 one municipality
    // goes with it: the smallest, K3.
    const id = 'kommuner';
    const c = 'antal';
    const t = table(
      id,
      [
        count('Danmark', c, 22),
        count('Hovedstaden', c, 20),
        count('Syddanmark', c, 2),
        count('K1', c, 10),
        count('K2', c, 6),
        count('K3', c, 4),
        count('K4', c, 1),
        count('K5', c, 1),
      ],
      [
        relation(ref(id, 'Danmark', c), [ref(id, 'Hovedstaden', c), ref(id, 'Syddanmark', c)]),
        relation(ref(id, 'Hovedstaden', c), [ref(id, 'K1', c), ref(id, 'K2', c), ref(id, 'K3', c)]),
        relation(ref(id, 'Syddanmark', c), [ref(id, 'K4', c), ref(id, 'K5', c)]),
      ],
    );
    expect(suppressedCells(protectTables([t]))).toEqual([
      'kommuner/Hovedstaden/antal:secondary',
      'kommuner/K3/antal:secondary',
      'kommuner/K4/antal:primary',
      'kommuner/K5/antal:primary',
      'kommuner/Syddanmark/antal:primary',
    ]);
  });

  it('two tables sharing a total: the age table must hide a second age group, not only its primary cell', () => {
    // køn:   mænd 30, kvinder 25, I alt 55;  alder: 0-17 2, 18-64 20, 65+ 33, whose sum is køn's I alt.
    // 0-17 = 2 is primary. The shared total is published (and would be known from mænd + kvinder anyway), so
    // one more age group must go: the smaller, 18-64. The table by sex is untouched.
    const sex = table(
      'køn',
      [count('mænd', 'antal', 30), count('kvinder', 'antal', 25), count('I alt', 'antal', 55)],
      [relation(ref('køn', 'I alt', 'antal'), [ref('køn', 'mænd', 'antal'), ref('køn', 'kvinder', 'antal')])],
    );
    const age = table(
      'alder',
      [count('0-17', 'antal', 2), count('18-64', 'antal', 20), count('65+', 'antal', 33)],
      [
        relation(ref('køn', 'I alt', 'antal'), [
          ref('alder', '0-17', 'antal'),
          ref('alder', '18-64', 'antal'),
          ref('alder', '65+', 'antal'),
        ]),
      ],
    );
    const result = protectTables([sex, age]);
    expect(suppressedCells(result)).toEqual(['alder/0-17/antal:primary', 'alder/18-64/antal:secondary']);
    expect(result.tables.get('køn')?.every((c) => c.value.kind === 'value')).toBe(true);
  });

  it('a secondary cell spreads to the table that breaks it down', () => {
    // Table a: x 1 + y 50 = I alt 51. Table b breaks y down: p 20 + q 30 = a's y.
    // x is primary. I alt has the most persons and is published first; then y = I alt − x must go, and since
    // y = p + q, one of p, q goes with it: the smaller, p. (Hiding a's I alt alone would be one cell, but the
    // total is wanted published before its parts.)
    const a = table(
      'a',
      [count('x', 'n', 1), count('y', 'n', 50), count('I alt', 'n', 51)],
      [relation(ref('a', 'I alt', 'n'), [ref('a', 'x', 'n'), ref('a', 'y', 'n')])],
    );
    const b = table(
      'b',
      [count('p', 'n', 20), count('q', 'n', 30)],
      [relation(ref('a', 'y', 'n'), [ref('b', 'p', 'n'), ref('b', 'q', 'n')])],
    );
    expect(suppressedCells(protectTables([a, b]))).toEqual([
      'a/x/n:primary',
      'a/y/n:secondary',
      'b/p/n:secondary',
    ]);
  });

  it('a decomposition with a negative coefficient (Δ = stayers + in − out): the smallest other part goes', () => {
    // Δ 1.5 = bofaste 0.4 + tilflyttere 2.0 − fraflyttere 0.9 (percentage points). Bofaste rest on 3 persons
    // (primary: fewer than 5). Bofaste = Δ − tilflyttere + fraflyttere, so one of the three others must go:
    // the one resting on the fewest persons, fraflyttere (30, against 40 and 190).
    const id = 'figur-2.3a';
    const c = '2018-2024';
    const t = table(
      id,
      [
        cell('I alt', c, { kind: 'derived', value: 1.5, persons: [190, 200] }),
        cell('Bofaste', c, { kind: 'derived', value: 0.4, persons: [3] }),
        cell('Tilflyttere', c, { kind: 'derived', value: 2.0, persons: [40] }),
        cell('Fraflyttere', c, { kind: 'derived', value: 0.9, persons: [30] }),
      ],
      [
        relation(ref(id, 'I alt', c), [
          ref(id, 'Bofaste', c),
          ref(id, 'Tilflyttere', c),
          [ref(id, 'Fraflyttere', c), -1],
        ]),
      ],
    );
    const result = protectTables([t]);
    expect(suppressedCells(result)).toEqual([
      'figur-2.3a/Bofaste/2018-2024:primary',
      'figur-2.3a/Fraflyttere/2018-2024:secondary',
    ]);
  });

  it('shares: their numerators add; the total share is published in percent', () => {
    // Område A 1 of 2 persons (primary: fewer than 5), Område B 9 of 18, I alt 10 of 20. A reader knows the
    // denominators, so A's numerator = 10 − B's: B must go. I alt is published as 100 × 10 / 20 = 50 %.
    const id = 'andele';
    const t = table(
      id,
      [share('Område A', 'andel', 1, 2), share('Område B', 'andel', 9, 18), share('I alt', 'andel', 10, 20)],
      [relation(ref(id, 'I alt', 'andel'), [ref(id, 'Område A', 'andel'), ref(id, 'Område B', 'andel')])],
    );
    const result = protectTables([t]);
    expect(suppressedCells(result)).toEqual([
      'andele/Område A/andel:primary',
      'andele/Område B/andel:secondary',
    ]);
    expect(result.tables.get(id)?.[2]).toEqual({
      row: 'I alt',
      column: 'andel',
      unit: 'pct',
      value: { kind: 'value', value: 50 },
    });
  });

  it('a missing cell in a relation is unknown to every reader: it protects like a suppressed cell', () => {
    // x 1 (primary) + y (missing) + z 7 = I alt 20: x cannot be worked out while y is unknown.
    const id = 't';
    const t = table(
      id,
      [
        count('x', 'n', 1),
        cell('y', 'n', { kind: 'missing', why: 'input table absent' }),
        count('z', 'n', 7),
        count('I alt', 'n', 20),
      ],
      [relation(ref(id, 'I alt', 'n'), [ref(id, 'x', 'n'), ref(id, 'y', 'n'), ref(id, 'z', 'n')])],
    );
    expect(suppressedCells(protectTables([t]))).toEqual(['t/x/n:primary']);
  });

  it('the decision log: one row per suppressed cell, in input order, with rule and a Danish reason', () => {
    const t = twoWayTable(
      't',
      ['r1', 'r2'],
      ['A', 'B', 'C'],
      [
        [1, 5, 9],
        [6, 8, 10],
      ],
    );
    const { decisions } = protectTables([t]);
    expect(decisions.map((d) => [d.id, d.row, d.column, d.rule, d.primaryOrSecondary])).toEqual([
      ['t', 'r1', 'A', 'count-under-3', 'primary'],
      ['t', 'r1', 'B', 'secondary', 'secondary'],
      ['t', 'r2', 'A', 'secondary', 'secondary'],
      ['t', 'r2', 'B', 'secondary', 'secondary'],
    ]);
    expect(decisions[0]?.reasonDa).toBe('Antallet er mindst 1 og under 3 personer (0 offentliggøres).');
    expect(decisions[1]?.reasonDa).toContain('t (r1, A)');
  });
});

describe('what an analysis gets wrong is an error', () => {
  it('a relation that does not hold on the measured numbers', () => {
    const t = table(
      't',
      [count('a', 'n', 4), count('b', 'n', 5), count('I alt', 'n', 10)],
      [relation(ref('t', 'I alt', 'n'), [ref('t', 'a', 'n'), ref('t', 'b', 'n')])],
    );
    expect(() => protectTables([t])).toThrow(
      'disclosure: relation of t with total t (I alt, n) does not hold: total 10 but the parts give 9',
    );
  });

  it('shares whose denominators do not add', () => {
    const t = table(
      't',
      [share('a', 'p', 3, 10), share('b', 'p', 4, 10), share('I alt', 'p', 7, 21)],
      [relation(ref('t', 'I alt', 'p'), [ref('t', 'a', 'p'), ref('t', 'b', 'p')])],
    );
    expect(() => protectTables([t])).toThrow(
      'does not hold for the denominators: total 21 but the parts give 20',
    );
  });

  it('a relation naming an unknown cell, a cell given twice, a relation mixing counts and shares', () => {
    expect(() =>
      protectTables([
        table('t', [count('a', 'n', 4)], [relation(ref('t', 'I alt', 'n'), [ref('t', 'a', 'n')])]),
      ]),
    ).toThrow('disclosure: relation of t with total t (I alt, n): unknown cell t (I alt, n)');
    expect(() => protectTables([table('t', [count('a', 'n', 4), count('a', 'n', 5)])])).toThrow(
      'disclosure: cell given twice: t (a, n)',
    );
    expect(() =>
      protectTables([
        table(
          't',
          [count('a', 'n', 4), share('I alt', 'n', 4, 8)],
          [relation(ref('t', 'I alt', 'n'), [ref('t', 'a', 'n')])],
        ),
      ]),
    ).toThrow('mixes share and value cells');
  });
});
