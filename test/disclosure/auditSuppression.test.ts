import { describe, expect, it } from 'vitest';
import type { MeasuredTable } from '../../src/core/model/measuredTable.ts';
import { auditSuppression } from '../../src/disclosure/auditSuppression.ts';
import type { Cell } from '../../src/disclosure/cell.ts';
import { DEFAULT_DISCLOSURE_OPTIONS } from '../../src/disclosure/disclosureOptions.ts';
import { protectTables } from '../../src/disclosure/protectTables.ts';
import { cell, count, ref, relation, share, table, twoWayTable } from './measuredTables.ts';

const margin = (disclosureProtectionMargin: number) => ({ disclosureProtectionMargin });

/** A pattern made by hand: the listed `table/row/column` cells suppressed, every other cell published. */
function pattern(tables: readonly MeasuredTable[], suppressed: readonly string[]): Map<string, Cell[]> {
  return new Map(
    tables.map((t) => [
      t.id,
      t.cells.map((c): Cell => {
        const hidden = suppressed.includes(`${t.id}/${c.row}/${c.column}`);
        const s = c.statistic;
        const value = s.kind === 'count' ? s.count : s.kind === 'derived' ? s.value : 0;
        return {
          row: c.row,
          column: c.column,
          unit: c.unit,
          value: hidden
            ? { kind: 'suppressed', rule: 'by hand', primaryOrSecondary: 'primary' }
            : s.kind === 'missing'
              ? { kind: 'missing', why: s.why }
              : { kind: 'value', value },
        };
      }),
    ]),
  );
}

/** `table/row/column [lower, upper]` per suppressed cell, and which fail. */
const intervalsText = (audit: Awaited<ReturnType<typeof auditSuppression>>) =>
  audit.intervals.map((i) => `${i.cell.table}/${i.cell.row}/${i.cell.column} [${i.lower}, ${i.upper}]`);
const failing = (audit: Awaited<ReturnType<typeof auditSuppression>>) =>
  audit.failures.map((i) => `${i.cell.table}/${i.cell.row}/${i.cell.column}`);

//          A    B    C   I alt
//   r1     1    5    9    15
//   r2     6    8   10    24
//   I alt  7   13   19    39
const twoWay = twoWayTable(
  't',
  ['r1', 'r2'],
  ['A', 'B', 'C'],
  [
    [1, 5, 9],
    [6, 8, 10],
  ],
);

describe('the audit: feasible intervals by linear programming', () => {
  it('rejects hiding a primary cell with one partner in its row only: the column total gives it away', async () => {
    // (r1, B) = (I alt, B) − (r2, B) = 13 − 8 = 5, so (r1, A) = 15 − 5 − 9 = 1: both intervals have zero width.
    const audit = await auditSuppression([twoWay], pattern([twoWay], ['t/r1/A', 't/r1/B']), margin(1));
    expect(audit.ok).toBe(false);
    expect(intervalsText(audit)).toEqual(['t/r1/A [1, 1]', 't/r1/B [5, 5]']);
    expect(failing(audit)).toEqual(['t/r1/A', 't/r1/B']);
    expect(audit.failures[0]?.failure).toBe(
      'its value can be worked out from the published cells: interval [1, 1] has zero width',
    );
  });

  it('accepts the rectangle secondary suppression chose, with the intervals worked out by hand', async () => {
    // With (r1, A) = a hidden: (r1, B) = 6 − a, (r2, A) = 7 − a, (r2, B) = 14 − (7 − a) = 7 + a; every count
    // ≥ 0 gives 0 ≤ a ≤ 6. So a ∈ [0, 6], (r1, B) ∈ [0, 6], (r2, A) ∈ [1, 7], (r2, B) ∈ [7, 13].
    const result = protectTables([twoWay]);
    const audit = await auditSuppression([twoWay], result.tables, DEFAULT_DISCLOSURE_OPTIONS);
    expect(audit.ok).toBe(true);
    expect(intervalsText(audit)).toEqual([
      't/r1/A [0, 6]',
      't/r1/B [0, 6]',
      't/r2/A [1, 7]',
      't/r2/B [7, 13]',
    ]);
    expect(audit.intervals.map((i) => i.primaryOrSecondary)).toEqual([
      'primary',
      'secondary',
      'secondary',
      'secondary',
    ]);
  });

  it('rejects hiding the total of one table when another table publishes the parts that add up to it', async () => {
    // a: x 1 + y 9 = I alt 10 with x and I alt hidden; but b publishes u 4 + v 6 = a's I alt, so I alt = 10 and
    // x = 10 − 9 = 1.
    const a = table(
      'a',
      [count('x', 'n', 1), count('y', 'n', 9), count('I alt', 'n', 10)],
      [relation(ref('a', 'I alt', 'n'), [ref('a', 'x', 'n'), ref('a', 'y', 'n')])],
    );
    const b = table(
      'b',
      [count('u', 'n', 4), count('v', 'n', 6)],
      [relation(ref('a', 'I alt', 'n'), [ref('b', 'u', 'n'), ref('b', 'v', 'n')])],
    );
    const unsafe = await auditSuppression(
      [a, b],
      pattern(
        [a, b],
        ['a/x', 'a/I alt'].map((s) => `${s}/n`),
      ),
      margin(1),
    );
    expect(failing(unsafe)).toEqual(['a/x/n', 'a/I alt/n']);
    expect(intervalsText(unsafe)).toEqual(['a/x/n [1, 1]', 'a/I alt/n [10, 10]']);
    // What secondary suppression does instead: y goes (y is 9, the table's largest part, but the only one).
    const result = protectTables([a, b]);
    const audit = await auditSuppression([a, b], result.tables, margin(1));
    expect(audit.ok).toBe(true);
    expect(intervalsText(audit)).toEqual(['a/x/n [0, 10]', 'a/y/n [0, 10]']);
  });

  it('a decomposition: hiding only the primary part is unsafe; with a second part hidden it is unbounded', async () => {
    // Δ 1.5 = bofaste 0.4 + tilflyttere 2.0 − fraflyttere 0.9; derived numbers have no sign, so with bofaste
    // and fraflyttere hidden only bofaste − fraflyttere = 1.5 − 2.0 = −0.5 is known: both are unbounded.
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
    const unsafe = await auditSuppression([t], pattern([t], [`${id}/Bofaste/${c}`]), margin(1));
    expect(unsafe.ok).toBe(false);
    expect(unsafe.intervals[0]?.lower).toBeCloseTo(0.4, 9);
    expect(unsafe.intervals[0]?.upper).toBeCloseTo(0.4, 9);
    const audit = await auditSuppression([t], protectTables([t]).tables, margin(1));
    expect(audit.ok).toBe(true);
    expect(intervalsText(audit)).toEqual([
      'figur-2.3a/Bofaste/2018-2024 [-Infinity, Infinity]',
      'figur-2.3a/Fraflyttere/2018-2024 [-Infinity, Infinity]',
    ]);
  });

  it('a share numerator lies between 0 and its known denominator', async () => {
    // Område A 1 of 2, Område B 9 of 18, I alt 10 of 20; A and B hidden: A + B = 10 with 0 ≤ A ≤ 2, so
    // A ∈ [0, 2] and B ∈ [8, 10] (in persons of the numerator): 2 wide.
    const id = 'andele';
    const t = table(
      id,
      [share('Område A', 'andel', 1, 2), share('Område B', 'andel', 9, 18), share('I alt', 'andel', 10, 20)],
      [relation(ref(id, 'I alt', 'andel'), [ref(id, 'Område A', 'andel'), ref(id, 'Område B', 'andel')])],
    );
    const result = protectTables([t]);
    const audit = await auditSuppression([t], result.tables, margin(2));
    expect(audit.ok).toBe(true);
    expect(intervalsText(audit)).toEqual(['andele/Område A/andel [0, 2]', 'andele/Område B/andel [8, 10]']);
    const strict = await auditSuppression([t], result.tables, margin(3));
    expect(failing(strict)).toEqual(['andele/Område A/andel', 'andele/Område B/andel']);
    expect(strict.failures[0]?.failure).toBe(
      'interval [0, 2] is 2 wide, narrower than the protection margin 3',
    );
  });

  it('the protection margin: two primary cells that hide each other behind their sum', async () => {
    // x 1 + y 2 + z 9 = I alt 12: x and y are primary and protect each other; x + y = 12 − 9 = 3, so
    // x ∈ [0, 3] and y ∈ [0, 3]: 3 wide, which passes a margin of 3 and fails one of 4.
    const t = table(
      't',
      [count('x', 'n', 1), count('y', 'n', 2), count('z', 'n', 9), count('I alt', 'n', 12)],
      [relation(ref('t', 'I alt', 'n'), [ref('t', 'x', 'n'), ref('t', 'y', 'n'), ref('t', 'z', 'n')])],
    );
    const result = protectTables([t]);
    const atThree = await auditSuppression([t], result.tables, margin(3));
    expect(intervalsText(atThree)).toEqual(['t/x/n [0, 3]', 't/y/n [0, 3]']);
    expect(atThree.ok).toBe(true);
    const atFour = await auditSuppression([t], result.tables, margin(4));
    expect(failing(atFour)).toEqual(['t/x/n', 't/y/n']);
  });

  it('rejects a pattern safe for the sums alone but solved by the bounds: hiding zeros under a total of 0', async () => {
    //          A    B    C   I alt
    //   r1     1    0    5     6
    //   r2     3    0    7    10
    //   I alt  4    0   12    16
    // Hiding the rectangle (r1, r2) × (A, B): no sum gives (r1, A) alone, but column B's total is 0 and counts
    // are at least 0, so both B cells are 0, hence (r1, A) = 6 − 5 − 0 = 1 and (r2, A) = 3.
    const zeros = twoWayTable(
      'z',
      ['r1', 'r2'],
      ['A', 'B', 'C'],
      [
        [1, 0, 5],
        [3, 0, 7],
      ],
    );
    const unsafe = await auditSuppression(
      [zeros],
      pattern([zeros], ['z/r1/A', 'z/r1/B', 'z/r2/A', 'z/r2/B']),
      margin(1),
    );
    expect(intervalsText(unsafe)).toEqual([
      'z/r1/A [1, 1]',
      'z/r1/B [0, 0]',
      'z/r2/A [3, 3]',
      'z/r2/B [0, 0]',
    ]);
    expect(unsafe.ok).toBe(false);
    // Secondary suppression publishes the zeros first and hides the rectangle through column C instead:
    // with (r1, A) = a, (r1, C) = 6 − a, (r2, A) = 4 − a, (r2, C) = 12 − (6 − a) = 6 + a; counts ≥ 0 give
    // 0 ≤ a ≤ 4: a ∈ [0, 4], (r1, C) ∈ [2, 6], (r2, A) ∈ [0, 4], (r2, C) ∈ [6, 10].
    const audit = await auditSuppression([zeros], protectTables([zeros]).tables, margin(1));
    expect(intervalsText(audit)).toEqual([
      'z/r1/A [0, 4]',
      'z/r1/C [2, 6]',
      'z/r2/A [0, 4]',
      'z/r2/C [6, 10]',
    ]);
    expect(audit.ok).toBe(true);
  });

  it('a total of 1 is itself primary: then its part is bounded below only', async () => {
    // x 1 + y 0 = I alt 1: x and I alt are both counts of 1 (primary), y = 0 is published; x = I alt ≥ 0.
    const t = table(
      't',
      [count('x', 'n', 1), count('y', 'n', 0), count('I alt', 'n', 1)],
      [relation(ref('t', 'I alt', 'n'), [ref('t', 'x', 'n'), ref('t', 'y', 'n')])],
    );
    const audit = await auditSuppression([t], protectTables([t]).tables, margin(1));
    expect(intervalsText(audit)).toEqual(['t/x/n [0, Infinity]', 't/I alt/n [0, Infinity]']);
  });

  it('a suppressed cell in no relation is bounded only by what a reader knows (a count is at least 0)', async () => {
    const t = table('t', [count('x', 'n', 2)]);
    const audit = await auditSuppression([t], protectTables([t]).tables, DEFAULT_DISCLOSURE_OPTIONS);
    expect(intervalsText(audit)).toEqual(['t/x/n [0, Infinity]']);
    expect(audit.ok).toBe(true);
  });

  it('a share over nobody is suppressed, but rests on no person: its zero-width interval passes', async () => {
    // Område A 0 of 0, Område B 3 of 10, I alt 3 of 10: A's numerator is 0 whatever is published.
    const id = 'andele';
    const t = table(
      id,
      [share('Område A', 'andel', 0, 0), share('Område B', 'andel', 3, 10), share('I alt', 'andel', 3, 10)],
      [relation(ref(id, 'I alt', 'andel'), [ref(id, 'Område A', 'andel'), ref(id, 'Område B', 'andel')])],
    );
    const audit = await auditSuppression([t], protectTables([t]).tables, margin(1));
    expect(intervalsText(audit)).toEqual(['andele/Område A/andel [0, 0]']);
    expect(audit.ok).toBe(true);
  });

  it('a published cell absent from the map is an error', async () => {
    const t = table('t', [count('x', 'n', 2)]);
    await expect(auditSuppression([t], new Map(), DEFAULT_DISCLOSURE_OPTIONS)).rejects.toThrow(
      'disclosure audit: no published cell for t (x, n)',
    );
  });
});
