import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { evaluateCriterion } from '../../src/core/classify/evaluateCriterion.ts';
import { rational } from '../../src/core/exact/rational.ts';
import type { AreaFigures, Criterion } from '../../src/core/model/index.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import { areaFiguresFromCsv } from '../../src/io/readAreaFigures.ts';

/**
 * The figures path (area figures CSV → `areaFiguresFromCsv` → `evaluateCriterion`) exactly at the legal limits of
 * the 2021 rules, with decimals that binary floating point cannot represent. Every expected outcome is the law's
 * wording applied by hand: "overstiger" (>) is not met at the limit, "mindst" (≥) is, "mindre end" (<) is not.
 * test/core/boundaries.test.ts checks every operator with a step of 0.1; this file checks the step of nothing.
 */

// ---------------------------------------------------------------------------------------------------------------
// Building figures from CSV text written by hand

const HEADER =
  'year,area_id,name,municipality_code,residents,nonwestern_pct,k1_outside_pct,k2_convicted_pct,' +
  'k2_national_pct,k3_basic_pct,k4_income_pct';

/** The percentage cells of one CSV row, as written; a missing cell is empty (not computable). */
interface Cells {
  readonly nw?: string;
  readonly k1?: string;
  readonly k2?: string;
  readonly k2n?: string;
  readonly k3?: string;
  readonly k4?: string;
}

/** One CSV file with one row per cells (municipality 101, 2,000 residents), read through the figures reader. */
function figuresFromCsv(rows: readonly Cells[]): readonly AreaFigures[] {
  const lines = rows.map(
    (c, i) =>
      `2021,x${i},Testparken ${i},101,2000,${c.nw ?? '10'},${c.k1 ?? ''},${c.k2 ?? ''},${c.k2n ?? ''},` +
      `${c.k3 ?? ''},${c.k4 ?? ''}`,
  );
  const read = areaFiguresFromCsv(`${[HEADER, ...lines].join('\n')}\n`, 'exactBoundaries.csv');
  if (!read.ok)
    throw new Error(`the hand-written CSV is invalid: ${JSON.stringify(read.errors.slice(0, 3))}`);
  expect(read.value).toHaveLength(rows.length);
  return read.value;
}

const figureOf = (cells: Cells): AreaFigures => figuresFromCsv([cells])[0] as AreaFigures;

function criterionOf(id: string): Criterion {
  const c = RULE_SET_2021.lists
    .flatMap((l) => [...(l.gates ?? []), ...(l.group?.criteria ?? [])])
    .find((x) => x.id === id);
  if (c === undefined) throw new Error(`RULE_SET_2021 has no criterion ${id}`);
  return c;
}

/** The cells that carry `value` for the criterion's measure (K2: `value` is the area rate, `national` the national). */
function cellsFor(criterionId: string, value: string, national?: string): Cells {
  const measure = criterionId.split('.')[1];
  switch (measure) {
    case 'NW':
      return { nw: value };
    case 'K1':
      return { k1: value };
    case 'K2':
      return { k2: value, k2n: national ?? '1' };
    case 'K3':
      return { k3: value };
    case 'K4':
      return { k4: value };
    default:
      throw new Error(`no measure in ${criterionId}`);
  }
}

function evaluated(criterionId: string, f: AreaFigures) {
  const r = evaluateCriterion(criterionOf(criterionId), f, DEFAULT_ASSUMPTIONS);
  if (r.kind !== 'evaluated') throw new Error(`${criterionId} not computable: ${r.why}`);
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Exact decimal arithmetic of the test's own (BigInt), independent of src/core/exact

/** A decimal numeral (`2.28`, `40.000000000000001`, `4e1`, Danish `1.698,5` with `danish`) as digits × 10^-scale. */
function decimalOf(text: string, danish = false): { units: bigint; scale: number } {
  const plain = danish ? text.replaceAll('.', '').replace(',', '.') : text;
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(plain);
  if (m === null) throw new Error(`not a decimal: ${text}`);
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  let units = BigInt(`${int}${frac}` || '0');
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/** −1, 0, 1 as decimal a is less than, equal to or greater than decimal b. */
function compareDecimals(a: string, b: string, danish = false): -1 | 0 | 1 {
  const x = decimalOf(a, danish);
  const y = decimalOf(b, danish);
  const l = x.units * 10n ** BigInt(y.scale);
  const r = y.units * 10n ** BigInt(x.scale);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The text of units × 10^-scale (`228n, 2` → `2.28`). */
function decimalText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${int}${scale > 0 ? `.${frac}` : ''}`;
}

/** The decimal moved by `delta` units in its last written place (`2.28`, −1 → `2.27`; `40.000`, +1 → `40.001`). */
function shiftLastPlace(text: string, delta: number): string {
  const { units, scale } = decimalOf(text);
  return decimalText(units + BigInt(delta), scale);
}

// ---------------------------------------------------------------------------------------------------------------
// The displayed sentence must not contradict the decision

const NEGATION = { '>': '≤', '>=': '<', '<': '≥' } as const;
const SHOWN = { '>': '>', '>=': '≥', '<': '<' } as const;

/**
 * Why a criterion's Danish text contradicts its decision, or null when it does not: the printed relation must be
 * the operator when met and its negation when not, and the printed (rounded) value must stand in that relation
 * to the printed threshold, exactly.
 */
function contradiction(textDa: string, criterion: Criterion, met: boolean): string | null {
  const m =
    /^(?:K[1-4]|ikke-vestlige) (-?[\d.]+(?:,\d+)?)(?:×| pct\.(?: af regionens)?) ([<>≤≥]) ([\d.,]+)(?:×| pct\.)$/.exec(
      textDa,
    );
  if (m === null) return `unreadable text: ${textDa}`;
  const [, value = '', relation = '', threshold = ''] = m;
  const expected = met ? SHOWN[criterion.operator] : NEGATION[criterion.operator];
  if (relation !== expected) return `${textDa}: prints ${relation}, the decision is ${expected}`;
  const c = compareDecimals(value, threshold, true);
  const holds = relation === '>' ? c > 0 : relation === '≥' ? c >= 0 : relation === '<' ? c < 0 : c <= 0;
  return holds ? null : `${textDa}: the printed value ${value} is not ${relation} ${threshold}`;
}

// ---------------------------------------------------------------------------------------------------------------
// K2 against the national rate: exactly 3× and 2×

/**
 * Two-decimal area / national rates whose exact ratio is 3 but whose binary quotient is not 3 (each checked below
 * with plain JavaScript division). 3 × national = area, digit by digit: 3 × 0.76 = 2.28.
 */
const AT_THREE: readonly (readonly [area: string, national: string])[] = [
  ['0.15', '0.05'],
  ['0.21', '0.07'],
  ['0.27', '0.09'],
  ['0.42', '0.14'],
  ['0.57', '0.19'],
  ['0.69', '0.23'],
  ['0.84', '0.28'],
  ['1.05', '0.35'],
  ['1.14', '0.38'],
  ['2.01', '0.67'],
  ['2.28', '0.76'],
  ['2.49', '0.83'],
  ['3.30', '1.10'],
  ['4.32', '1.44'],
];

/**
 * Exactly 2×. A single quotient of two decimals at exactly 2× is always exact in binary (doubling a number only
 * changes its exponent, so the nearest double of 2x is twice the nearest double of x), so the float failure at 2×
 * comes from the 2-year construction: the area and national rates are each the mean of two yearly rates. The means
 * are worked out by hand; the float quotient of the float means falls just under 2 (checked below), so a float
 * pipeline would wrongly find "not at least 2×".
 */
const AT_TWO: readonly {
  readonly areaYears: readonly [string, string];
  readonly nationalYears: readonly [string, string];
  /** (a1 + a2) / 2 and (n1 + n2) / 2, by hand. */
  readonly area: string;
  readonly national: string;
}[] = [
  { areaYears: ['0.75', '2.65'], nationalYears: ['0.67', '1.03'], area: '1.70', national: '0.85' },
  { areaYears: ['1.49', '2.19'], nationalYears: ['0.74', '1.10'], area: '1.84', national: '0.92' },
  { areaYears: ['4.45', '1.43'], nationalYears: ['0.74', '2.20'], area: '2.94', national: '1.47' },
  { areaYears: ['5.93', '0.01'], nationalYears: ['0.81', '2.16'], area: '2.97', national: '1.485' },
  { areaYears: ['0.75', '5.97'], nationalYears: ['0.95', '2.41'], area: '3.36', national: '1.68' },
  { areaYears: ['0.01', '4.63'], nationalYears: ['1.09', '1.23'], area: '2.32', national: '1.16' },
  { areaYears: ['0.38', '6.24'], nationalYears: ['1.09', '2.22'], area: '3.31', national: '1.655' },
  { areaYears: ['0.38', '6.52'], nationalYears: ['1.16', '2.29'], area: '3.45', national: '1.725' },
  { areaYears: ['1.12', '5.02'], nationalYears: ['1.30', '1.77'], area: '3.07', national: '1.535' },
  { areaYears: ['6.67', '0.79'], nationalYears: ['1.30', '2.43'], area: '3.73', national: '1.865' },
  { areaYears: ['0.75', '6.77'], nationalYears: ['1.37', '2.39'], area: '3.76', national: '1.88' },
  { areaYears: ['5.93', '1.43'], nationalYears: ['1.44', '2.24'], area: '3.68', national: '1.84' },
];

describe('K2 at least 3× the national rate (udsat), exactly at 3× in decimals binary floats cannot divide', () => {
  it('the table covers the float failure: every plain JavaScript quotient misses 3', () => {
    expect(AT_THREE.length).toBeGreaterThanOrEqual(10);
    for (const [area, national] of AT_THREE) {
      expect(Number(area) / Number(national), `${area} / ${national}`).not.toBe(3);
      // and 3 × national is the area rate exactly, in integer hundredths
      expect(decimalOf(area).units, `${area} = 3 × ${national}`).toBe(3n * decimalOf(national).units);
    }
    expect(2.28 / 0.76).toBe(2.9999999999999996);
  });

  for (const [area, national] of AT_THREE) {
    it(`${area} / ${national} is exactly 3×, which is at least 3×: met`, () => {
      const r = evaluated('udsat.K2', figureOf({ k2: area, k2n: national }));
      expect(r.value).toEqual(rational(3));
      expect(r.met).toBe(true);
    });
    it(`${shiftLastPlace(area, -1)} / ${national} is one hundredth under 3×: not at least 3×, not met`, () => {
      expect(evaluated('udsat.K2', figureOf({ k2: shiftLastPlace(area, -1), k2n: national })).met).toBe(
        false,
      );
    });
    it(`${shiftLastPlace(area, 1)} / ${national} is one hundredth over 3×: met`, () => {
      expect(evaluated('udsat.K2', figureOf({ k2: shiftLastPlace(area, 1), k2n: national })).met).toBe(true);
    });
  }
});

describe('K2 at least 2× the national rate (forebyggelse), exactly at 2× after the 2-year averaging', () => {
  it('the table covers the float failure: every float ratio of float means falls under 2', () => {
    expect(AT_TWO.length).toBeGreaterThanOrEqual(10);
    for (const { areaYears, nationalYears, area, national } of AT_TWO) {
      const [a1, a2] = areaYears.map(Number) as [number, number];
      const [n1, n2] = nationalYears.map(Number) as [number, number];
      const floatRatio = (a1 + a2) / 2 / ((n1 + n2) / 2);
      expect(floatRatio, `${areaYears.join('+')} over ${nationalYears.join('+')}`).not.toBe(2);
      expect(floatRatio).toBeLessThan(2);
      // the hand-written means, checked in integer thousandths: 2 × mean = sum of the two years; area = 2 × national
      const thousandths = (t: string): bigint => decimalOf(t).units * 10n ** BigInt(3 - decimalOf(t).scale);
      expect(2n * thousandths(area)).toBe(thousandths(areaYears[0]) + thousandths(areaYears[1]));
      expect(2n * thousandths(national)).toBe(thousandths(nationalYears[0]) + thousandths(nationalYears[1]));
      expect(thousandths(area)).toBe(2n * thousandths(national));
    }
  });

  for (const { area, national } of AT_TWO) {
    it(`${area} / ${national} is exactly 2×, which is at least 2×: met`, () => {
      const r = evaluated('forebyggelse.K2', figureOf({ k2: area, k2n: national }));
      expect(r.value).toEqual(rational(2));
      expect(r.met).toBe(true);
    });
    it(`${shiftLastPlace(area, -1)} / ${national} is under 2× by one hundredth of the area rate: not met`, () => {
      const f = figureOf({ k2: shiftLastPlace(area, -1), k2n: national });
      expect(evaluated('forebyggelse.K2', f).met).toBe(false);
    });
    it(`${shiftLastPlace(area, 1)} / ${national} is over 2× by one hundredth of the area rate: met`, () => {
      expect(evaluated('forebyggelse.K2', figureOf({ k2: shiftLastPlace(area, 1), k2n: national })).met).toBe(
        true,
      );
    });
  }

  it('exactly 2× is under 3×: the same area does not meet the udsat K2 criterion', () => {
    expect(evaluated('udsat.K2', figureOf({ k2: '1.70', k2n: '0.85' })).met).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Shares exactly at 30, 40, 50, 55, 60 and 65

interface ShareRow {
  readonly criterion: string;
  /** The figure as written in the CSV. */
  readonly text: string;
  /** K2 rows: the national rate as written. */
  readonly national?: string;
  /** The legal outcome, by hand. */
  readonly met: boolean;
  readonly why: string;
  /** The value binary floating point reads the text as, when it cannot tell it from the limit. */
  readonly floatReads?: number;
}

/** Values at the limit, a hair on either side of it (beyond what a double holds), and written in other forms. */
const SHARES: readonly ShareRow[] = [
  // K1 > 40 (udsat), 2-year mean written by hand
  { criterion: 'udsat.K1', text: '40', met: false, why: '(39.99 + 40.01) / 2 = 40 exactly is not over 40 %' },
  { criterion: 'udsat.K1', text: '40.005', met: true, why: '(40.00 + 40.01) / 2 = 40.005 is over 40 %' },
  { criterion: 'udsat.K1', text: '39.995', met: false, why: '(39.99 + 40.00) / 2 = 39.995 is not over 40 %' },
  { criterion: 'udsat.K1', text: '40.000000000000001', met: true, floatReads: 40, why: 'is over 40 %' },
  { criterion: 'udsat.K1', text: '39.999999999999999', met: false, floatReads: 40, why: 'is not over 40 %' },
  { criterion: 'udsat.K1', text: '4e1', met: false, why: '4 × 10 = 40 exactly is not over 40 %' },
  { criterion: 'udsat.K1', text: '4.0000000000000001e1', met: true, floatReads: 40, why: 'is over 40 %' },
  // K1 > 30 (forebyggelse)
  { criterion: 'forebyggelse.K1', text: '30', met: false, why: '(29.99 + 30.01) / 2 = 30 is not over 30 %' },
  { criterion: 'forebyggelse.K1', text: '30.005', met: true, why: '(30.00 + 30.01) / 2 is over 30 %' },
  { criterion: 'forebyggelse.K1', text: '30.000000000000001', met: true, floatReads: 30, why: 'over 30 %' },
  { criterion: 'forebyggelse.K1', text: '29.999999999999999', met: false, floatReads: 30, why: 'not over' },
  // non-western > 50 (parallelsamfund) and > 30 (forebyggelse)
  { criterion: 'parallelsamfund.NW', text: '50', met: false, why: 'exactly 50 % is not over 50 %' },
  { criterion: 'parallelsamfund.NW', text: '50.01', met: true, why: '50.01 % is over 50 %' },
  {
    criterion: 'parallelsamfund.NW',
    text: '50.000000000000001',
    met: true,
    floatReads: 50,
    why: 'over 50 %',
  },
  {
    criterion: 'parallelsamfund.NW',
    text: '49.999999999999999',
    met: false,
    floatReads: 50,
    why: 'not over',
  },
  { criterion: 'forebyggelse.NW', text: '30.00', met: false, why: 'exactly 30 % is not over 30 %' },
  { criterion: 'forebyggelse.NW', text: '30.000000000000001', met: true, floatReads: 30, why: 'over 30 %' },
  // K3 > 60 (both lists)
  { criterion: 'udsat.K3', text: '60', met: false, why: 'exactly 60 % is not over 60 %' },
  { criterion: 'udsat.K3', text: '60.005', met: true, why: '60.005 % is over 60 %' },
  { criterion: 'udsat.K3', text: '60.000000000000001', met: true, floatReads: 60, why: 'is over 60 %' },
  { criterion: 'forebyggelse.K3', text: '59.999999999999999', met: false, floatReads: 60, why: 'not over' },
  // K4 < 55 % of the regional mean (udsat)
  { criterion: 'udsat.K4', text: '55', met: false, why: '(54.99 + 55.01) / 2 = 55 is not less than 55 %' },
  { criterion: 'udsat.K4', text: '54.995', met: true, why: '(54.99 + 55.00) / 2 = 54.995 is less than 55 %' },
  { criterion: 'udsat.K4', text: '55.005', met: false, why: '55.005 is not less than 55 %' },
  { criterion: 'udsat.K4', text: '54.999999999999999', met: true, floatReads: 55, why: 'is less than 55 %' },
  { criterion: 'udsat.K4', text: '55.000000000000001', met: false, floatReads: 55, why: 'is not less' },
  { criterion: 'udsat.K4', text: '5.5e1', met: false, why: '5.5 × 10 = 55 exactly is not less than 55 %' },
  // K4 < 65 % (forebyggelse)
  { criterion: 'forebyggelse.K4', text: '65', met: false, why: 'exactly 65 % is not less than 65 %' },
  { criterion: 'forebyggelse.K4', text: '64.97', met: true, why: '64.97 % is less than 65 %' },
  {
    criterion: 'forebyggelse.K4',
    text: '64.999999999999999',
    met: true,
    floatReads: 65,
    why: 'less than 65',
  },
  { criterion: 'forebyggelse.K4', text: '65.000000000000001', met: false, floatReads: 65, why: 'not less' },
  // K2 ratios beyond double precision
  {
    criterion: 'udsat.K2',
    text: '2.99999999999999999',
    national: '1',
    met: false,
    floatReads: 3,
    why: 'is under 3×: not at least 3×',
  },
  {
    criterion: 'udsat.K2',
    text: '3.00000000000000001',
    national: '1',
    met: true,
    floatReads: 3,
    why: 'is at least 3×',
  },
  {
    criterion: 'forebyggelse.K2',
    text: '1.99999999999999999',
    national: '1',
    met: false,
    floatReads: 2,
    why: 'is under 2×: not at least 2×',
  },
  {
    criterion: 'forebyggelse.K2',
    text: '2.00000000000000001',
    national: '1',
    met: true,
    floatReads: 2,
    why: 'is at least 2×',
  },
];

describe('shares exactly at the limits, and a hair either side of them', () => {
  it('the rows a hair off the limit are ones binary floating point reads as the limit itself', () => {
    for (const row of SHARES) if (row.floatReads !== undefined) expect(Number(row.text)).toBe(row.floatReads);
    expect(SHARES.filter((r) => r.floatReads !== undefined).length).toBeGreaterThanOrEqual(16);
  });

  for (const row of SHARES) {
    const of = row.national === undefined ? '' : ` / ${row.national}`;
    it(`${row.criterion} ${row.text}${of} ${row.why}: ${row.met ? 'met' : 'not met'}`, () => {
      const r = evaluated(row.criterion, figureOf(cellsFor(row.criterion, row.text, row.national)));
      expect(r.met).toBe(row.met);
    });
  }

  it('the figures reader keeps every digit: 40.000000000000001 is 40000000000000001 / 10^15', () => {
    const f = figureOf({ k1: '40.000000000000001', k4: '54.999999999999999', nw: '4.0000000000000001e1' });
    expect(f.k1OutsidePct).toEqual(rational(40000000000000001n, 10n ** 15n));
    expect(f.k4IncomePct).toEqual(rational(54999999999999999n, 10n ** 15n));
    expect(f.nonwesternPct).toEqual(rational(40000000000000001n, 10n ** 15n));
  });

  it('a percentage a hair over 100 is rejected, though its float reads 100', () => {
    expect(Number('100.000000000000001')).toBe(100);
    const read = areaFiguresFromCsv(
      `${HEADER}\n2021,x,Testparken,101,2000,10,100.000000000000001,,,,\n`,
      'exactBoundaries.csv',
    );
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => [e.line, e.column])).toEqual([[2, 'k1_outside_pct']]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The displayed text

describe('the displayed comparison never contradicts the decision', () => {
  const TEXTS: readonly [criterion: string, cells: Cells, text: string][] = [
    ['forebyggelse.K4', { k4: '64.97' }, 'K4 64,97 pct. af regionens < 65 pct.'],
    ['forebyggelse.K2', { k2: '1.996', k2n: '1' }, 'K2 1,996× < 2×'],
    ['udsat.K2', { k2: '2.28', k2n: '0.76' }, 'K2 3,0× ≥ 3×'],
    ['udsat.K2', { k2: '2.27', k2n: '0.76' }, 'K2 2,99× < 3×'], // 2.9868…: 3,0 would look met
    ['forebyggelse.K2', { k2: '2.97', k2n: '1.485' }, 'K2 2,0× ≥ 2×'],
    ['udsat.K1', { k1: '40' }, 'K1 40,0 pct. ≤ 40 pct.'],
    ['udsat.K1', { k1: '40.01' }, 'K1 40,01 pct. > 40 pct.'],
    ['udsat.K4', { k4: '55' }, 'K4 55,0 pct. af regionens ≥ 55 pct.'],
    ['udsat.K4', { k4: '54.995' }, 'K4 54,995 pct. af regionens < 55 pct.'], // 55,0 and 55,00 would look unmet
    ['udsat.K3', { k3: '60.005' }, 'K3 60,01 pct. > 60 pct.'], // 60,0 would look unmet; 60,01 is over 60
    ['parallelsamfund.NW', { nw: '50' }, 'ikke-vestlige 50,0 pct. ≤ 50 pct.'],
  ];
  for (const [id, cells, text] of TEXTS) {
    it(`${id}: ${text}`, () => {
      expect(evaluated(id, figureOf(cells)).textDa).toBe(text);
    });
  }

  it('every row of the share table prints a value that stands on the side of the limit its relation states', () => {
    const wrong = SHARES.flatMap((row) => {
      const r = evaluated(row.criterion, figureOf(cellsFor(row.criterion, row.text, row.national)));
      const why = contradiction(r.textDa, r.criterion, r.met);
      return why === null ? [] : [`${row.criterion} ${row.text}: ${why}`];
    });
    expect(wrong).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property: many exact boundaries generated from integers

/** A small deterministic 64-bit LCG (Knuth's MMIX constants); `next(n)` is an integer in [0, n). */
function lcg(seed: bigint): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number((s >> 33n) % BigInt(n));
  };
}

interface Case {
  readonly label: string;
  readonly criterion: string;
  readonly cells: Cells;
  readonly met: boolean;
}

/** Whether `value op threshold` holds, for value = p / q (integers) and an integer threshold, in integers. */
function legal(op: Criterion['operator'], p: bigint, q: bigint, threshold: bigint): boolean {
  const l = p;
  const r = threshold * q;
  return op === '>' ? l > r : op === '>=' ? l >= r : l < r;
}

const SHARE_LIMITS: readonly [criterion: string, limit: number][] = [
  ['udsat.K1', 40],
  ['forebyggelse.K1', 30],
  ['parallelsamfund.NW', 50],
  ['forebyggelse.NW', 30],
  ['udsat.K3', 60],
  ['forebyggelse.K3', 60],
  ['udsat.K4', 55],
  ['forebyggelse.K4', 65],
];

function generatedCases(): Case[] {
  const next = lcg(20211201n);
  const cases: Case[] = [];

  // K2 pairs (R·b / 10^d, b / 10^d): exactly R×, and the area rate one unit of its last place under and over;
  // also the national rate one unit over (under R×) and under (over R×).
  for (const [criterion, ratio] of [
    ['udsat.K2', 3n],
    ['forebyggelse.K2', 2n],
  ] as const) {
    for (let i = 0; i < 600; i++) {
      const d = 1 + next(6);
      const unit = 10n ** BigInt(d);
      const maxB = (100n * unit - 1n) / ratio;
      const b = 1n + BigInt(next(Number(maxB > 1000000n ? 1000000n : maxB)));
      const area = ratio * b;
      const at = (a: bigint, n: bigint, met: boolean, what: string): Case => ({
        label: `${criterion} ${decimalText(a, d)} / ${decimalText(n, d)} ${what}`,
        criterion,
        cells: { k2: decimalText(a, d), k2n: decimalText(n, d) },
        met,
      });
      cases.push(at(area, b, true, `exactly ${ratio}×`));
      cases.push(at(area - 1n, b, false, 'area one unit under'));
      cases.push(at(area + 1n, b, true, 'area one unit over'));
      cases.push(at(area, b + 1n, false, 'national one unit over'));
      if (b > 1n) cases.push(at(area, b - 1n, true, 'national one unit under'));
    }
  }

  // Each share limit written with 0–9 decimals, and one unit of the last place under and over it.
  for (const [criterion, limit] of SHARE_LIMITS) {
    const op = criterionOf(criterion).operator;
    for (let d = 0; d <= 9; d++) {
      const units = BigInt(limit) * 10n ** BigInt(d);
      for (const delta of [0n, -1n, 1n]) {
        cases.push({
          label: `${criterion} ${decimalText(units + delta, d)}`,
          criterion,
          cells: cellsFor(criterion, decimalText(units + delta, d)),
          met: legal(op, units + delta, 10n ** BigInt(d), BigInt(limit)),
        });
      }
    }
  }

  // Shares from counts: 100·k / n near each limit, kept only when it is a finite decimal, written exactly; the
  // legal outcome is decided in integers (100·k against limit·n), and again one unit of the last place either side.
  let shares = 0;
  while (shares < 1200) {
    const [criterion, limit] = SHARE_LIMITS[next(SHARE_LIMITS.length)] as [string, number];
    const op = criterionOf(criterion).operator;
    // denominators 2^i·5^j·m keep many shares finite; m ∈ 1..9 lets some reduce and others be dropped
    const n = 2 ** next(8) * 5 ** next(5) * (1 + next(9));
    const k = BigInt(Math.floor((limit * n) / 100) + next(3) - 1);
    if (k < 0n || k >= BigInt(n)) continue; // under 100 %, so one unit over stays a percentage
    const g = gcdOf(100n * k, BigInt(n));
    const [pr, qr] = [(100n * k) / g, BigInt(n) / g];
    let q = qr;
    let twos = 0;
    let fives = 0;
    while (q % 2n === 0n) [q, twos] = [q / 2n, twos + 1];
    while (q % 5n === 0n) [q, fives] = [q / 5n, fives + 1];
    if (q !== 1n) continue; // not a finite decimal
    const d = Math.max(twos, fives);
    const units = (pr * 10n ** BigInt(d)) / qr; // exact: qr divides 10^d
    shares++;
    for (const delta of [0n, -1n, 1n]) {
      const u = units + delta;
      if (u < 0n) continue;
      cases.push({
        label: `${criterion} 100·${k}/${n} = ${decimalText(units, d)}${delta === 0n ? '' : ` ${delta > 0n ? '+' : '−'} 1 unit`}`,
        criterion,
        cells: cellsFor(criterion, decimalText(u, d)),
        met: legal(op, u, 10n ** BigInt(d), BigInt(limit)),
      });
    }
  }
  return cases;
}

function gcdOf(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

describe('property: exact boundaries generated from integer counts (seeded LCG)', () => {
  const cases = generatedCases();

  it('generates at least 2,000 cases, at the limits and one unit of the last decimal place either side', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2000);
    // both outcomes occur for every criterion
    for (const id of [...SHARE_LIMITS.map(([c]) => c), 'udsat.K2', 'forebyggelse.K2']) {
      expect(cases.some((c) => c.criterion === id && c.met)).toBe(true);
      expect(cases.some((c) => c.criterion === id && !c.met)).toBe(true);
    }
  });

  it('the exactly-3× pairs include many whose float quotient is not 3 (the failure the exact path avoids)', () => {
    const atThree = cases.filter((c) => c.criterion === 'udsat.K2' && c.label.endsWith('exactly 3×'));
    const inexact = atThree.filter((c) => Number(c.cells.k2) / Number(c.cells.k2n) !== 3);
    expect(inexact.length).toBeGreaterThan(atThree.length / 10);
  });

  it('every case is decided as the law words it ("over", "at least", "less than"), exactly', () => {
    const figures = figuresFromCsv(cases.map((c) => c.cells));
    const wrong = cases.flatMap((c, i) => {
      const r = evaluated(c.criterion, figures[i] as AreaFigures);
      return r.met === c.met ? [] : [`${c.label}: expected ${c.met ? 'met' : 'not met'}`];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('and every case prints a value that stands on the side of the limit its relation states', () => {
    const figures = figuresFromCsv(cases.map((c) => c.cells));
    const wrong = cases.flatMap((c, i) => {
      const r = evaluated(c.criterion, figures[i] as AreaFigures);
      const why = contradiction(r.textDa, r.criterion, r.met);
      return why === null ? [] : [`${c.label}: ${why}`];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
