import { toFixed, type Rational } from '../exact/rational.ts';

/** Danish number formatting used by every report: `1.698`, `12,4 pct.`, `2,8×`. */
export function formatNumberDa(x: number, decimals = 0): string {
  const fixed = roundHalfAwayFromZero(Math.abs(x), decimals).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const negative = x < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + grouped + (frac !== undefined ? ',' + frac : '');
}

export function formatPctDa(x: number, decimals = 1): string {
  return `${formatNumberDa(x, decimals)} pct.`;
}

export function formatRatioDa(x: number, decimals = 1): string {
  return `${formatNumberDa(x, decimals)}×`;
}

function roundHalfAwayFromZero(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f + Number.EPSILON * x * f) / f;
}

/** An exact value in Danish with `decimals` decimals, rounded half away from zero: `64,97`, `1.698,0`. */
export function formatRationalDa(x: Rational, decimals = 1): string {
  const fixed = toFixed(x, decimals);
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const zero = /^[0.]*$/.test(negative ? fixed.slice(1) : fixed);
  return (negative && !zero ? '-' : '') + grouped + (frac !== undefined ? ',' + frac : '');
}
