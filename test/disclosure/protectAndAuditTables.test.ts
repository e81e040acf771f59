import { describe, expect, it } from 'vitest';
import { protectAndAuditTables } from '../../src/disclosure/protectAndAuditTables.ts';
import { protectTables } from '../../src/disclosure/protectTables.ts';
import { ref, relation, share, suppressedCells, table, twoWayTable } from './measuredTables.ts';

describe('disclosure control with its audit', () => {
  it('a table the sums protect is left as secondary suppression made it, and its audit passes', async () => {
    const t = twoWayTable(
      't',
      ['r1', 'r2'],
      ['A', 'B', 'C'],
      [
        [1, 5, 9],
        [6, 8, 10],
      ],
    );
    const audited = await protectAndAuditTables([t]);
    expect(audited.audit.ok).toBe(true);
    expect(audited.decisions).toEqual(protectTables([t]).decisions);
  });

  it('a total share of 0 % gives away its small part: the total is hidden as well', async () => {
    // Område A 0 of 4 (primary: fewer than 5 persons), Område B 0 of 16, I alt 0 of 20. Secondary suppression
    // hides B (else A = 0 − 0), but numerators are at least 0, so A + B = 0 still pins both at 0: the audit
    // fails. The nearest published cell, I alt, is hidden too; B can then be published again (A = I alt is
    // all a reader learns): A ∈ [0, 4] (its denominator), I alt ∈ [0, 4].
    const id = 'andele';
    const t = table(
      id,
      [share('Område A', 'andel', 0, 4), share('Område B', 'andel', 0, 16), share('I alt', 'andel', 0, 20)],
      [relation(ref(id, 'I alt', 'andel'), [ref(id, 'Område A', 'andel'), ref(id, 'Område B', 'andel')])],
    );
    expect(suppressedCells(protectTables([t]))).toEqual([
      'andele/Område A/andel:primary',
      'andele/Område B/andel:secondary',
    ]);
    const audited = await protectAndAuditTables([t]);
    expect(suppressedCells(audited)).toEqual([
      'andele/I alt/andel:secondary',
      'andele/Område A/andel:primary',
    ]);
    expect(audited.audit.ok).toBe(true);
    expect(audited.audit.intervals.map((i) => [i.cell.row, i.lower, i.upper])).toEqual([
      ['Område A', 0, 4],
      ['I alt', 0, 4],
    ]);
    expect(audited.decisions[1]?.reasonDa).toBe(
      'Sekundær diskretionering: cellen skjules, så det mulige interval for andele (Område A, andel) ikke er ' +
        'for snævert.',
    );
  });
});
