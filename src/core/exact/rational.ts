/**
 * Exact rational numbers over `bigint`, for every legal comparison. Published figures are decimals
 * (`2.28`, `0.76`) and register figures are ratios of counts; binary floating point cannot represent either
 * exactly (2.28 / 0.76 = 2.9999999999999996), so a threshold decision made in `number` can be wrong exactly at
 * the threshold. A `Rational` is always reduced, with a positive denominator.
 *
 * Written here rather than taken from a package: `src/core` imports no packages, and the few operations the
 * law needs (parse a decimal, add, multiply, divide, compare, round, format) fit in this file.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** `num / den`, reduced; throws on a zero denominator. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('rational: zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const HUNDRED: Rational = { num: 100n, den: 1n };

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * The exact value of a decimal numeral (`"2.28"`, `"-0.5"`, `"1e-7"`, `"40"`), or null when the text is not one.
 * This is the value a reader of the figure means, not the nearest binary float.
 */
export function rationalFromDecimal(text: string): Rational | null {
  const m = DECIMAL.exec(text.trim());
  if (m === null) return null;
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  if (int === '' && frac === '') return null;
  const digits = BigInt(`${int}${frac}` || '0');
  const scale = frac.length - Number(exp);
  const value =
    scale >= 0 ? rational(digits, 10n ** BigInt(scale)) : rational(digits * 10n ** BigInt(-scale), 1n);
  return sign === '-' ? neg(value) : value;
}

/**
 * A JavaScript number as the decimal it prints as (`2.28` → 228/100): the value written in a rule set, a
 * scenario file or a test. Throws on NaN and infinities.
 */
export function rationalFromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`rational: not a finite number: ${x}`);
  const r = rationalFromDecimal(String(x));
  if (r === null) throw new RangeError(`rational: cannot read ${x}`);
  return r;
}

export const neg = (a: Rational): Rational => ({ num: -a.num, den: a.den });
export const add = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => add(a, neg(b));
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
/** `a / b`; throws when b is zero. */
export const div = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);

/** −1, 0 or 1 as a is less than, equal to or greater than b: exact. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const isZero = (a: Rational): boolean => a.num === 0n;
export const sign = (a: Rational): -1 | 0 | 1 => (a.num < 0n ? -1 : a.num > 0n ? 1 : 0);

/** The mean of one or more values. */
export function mean(values: readonly Rational[]): Rational {
  if (values.length === 0) throw new RangeError('rational: mean of nothing');
  return div(values.reduce(add, ZERO), rational(values.length));
}

/** Largest integer ≤ a. */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** Smallest integer ≥ a. */
export function ceil(a: Rational): bigint {
  return -floor(neg(a));
}

/** Rounded to `decimals` decimals, half away from zero (as published figures are rounded), exactly. */
export function roundHalfAwayFromZero(a: Rational, decimals: number): Rational {
  const f = 10n ** BigInt(decimals);
  const scaled = a.num < 0n ? neg(a) : a;
  const n = (scaled.num * f * 2n + scaled.den) / (scaled.den * 2n);
  return rational(a.num < 0n ? -n : n, f);
}

/** Rounded down (toward −∞) to `decimals` decimals, exactly. */
export function floorTo(a: Rational, decimals: number): Rational {
  const f = 10n ** BigInt(decimals);
  return rational(floor(mul(a, rational(f))), f);
}

/** Rounded up (toward +∞) to `decimals` decimals, exactly. */
export function ceilTo(a: Rational, decimals: number): Rational {
  const f = 10n ** BigInt(decimals);
  return rational(ceil(mul(a, rational(f))), f);
}

/** The nearest `number` (for margins, charts and JSON; never for a decision). */
export function toNumber(a: Rational): number {
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  const abs = a.num < 0n ? -a.num : a.num;
  // Two exactly representable integers: one correctly rounded division.
  if (abs <= safe && a.den <= safe) return Number(a.num) / Number(a.den);
  return Number(toFixed(a, 20));
}

/** `a` with exactly `decimals` decimals, rounded half away from zero, `.` as separator, `-` when negative. */
export function toFixed(a: Rational, decimals: number): string {
  const r = roundHalfAwayFromZero(a, decimals);
  const f = 10n ** BigInt(decimals);
  const n = (r.num * f) / r.den; // exact: r has denominator dividing f
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${int}${decimals > 0 ? `.${frac}` : ''}`;
}

/**
 * The shortest plain decimal that is exactly `a` when `a` has a finite decimal expansion of at most
 * `maxDecimals` decimals (`2.28`, `3`, `12.5`); otherwise `a` rounded to `maxDecimals` with trailing zeros
 * removed. For full-precision CSV output.
 */
export function toDecimalString(a: Rational, maxDecimals = 15): string {
  const fixed = toFixed(a, maxDecimals);
  if (!fixed.includes('.')) return fixed;
  const trimmed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}
