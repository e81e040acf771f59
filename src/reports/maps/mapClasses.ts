import type { Unit } from '../../core/model/statistic.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import { MAP_STYLE } from '../charts/chartStyle.ts';

/** One class of a choropleth: the values in (`above`, `upTo`], its fill and its Danish legend label. */
export interface MapClass {
  readonly above: number;
  readonly upTo: number;
  readonly fill: string;
  readonly labelDa: string;
}

/**
 * The classes of a choropleth over `values` (positive numbers; 0 has its own neutral fill): at most five of
 * equal, round width. Counts get whole-number classes (`1`, `2`, `3-5`, …); other units round breaks
 * (`0-2 pct.`, `2-4 pct.`).
 */
export function mapClassesFor(values: readonly number[], unit: Unit): MapClass[] {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  if (min < 0) throw new Error(`a municipality map shows values of 0 and above: ${min}`);
  if (max === 0) return [];
  const fills = MAP_STYLE.classes;
  const whole = unit === 'count' && values.every((v) => Number.isInteger(v));
  if (whole) {
    if (max <= fills.length) {
      return Array.from({ length: max }, (_, i) => ({
        above: i,
        upTo: i + 1,
        fill: fills[classFillIndex(i, max)] as string,
        labelDa: formatNumberDa(i + 1),
      }));
    }
    const step = niceStep(max / fills.length, true);
    const n = Math.ceil(max / step);
    return Array.from({ length: n }, (_, i) => ({
      above: i * step,
      upTo: (i + 1) * step,
      fill: fills[classFillIndex(i, n)] as string,
      labelDa:
        step === 1
          ? formatNumberDa(i + 1)
          : `${formatNumberDa(i * step + 1)}-${formatNumberDa((i + 1) * step)}`,
    }));
  }
  const step = niceStep(max / fills.length, false);
  const n = Math.ceil(max / step - 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const suffix = unit === 'pct' ? ' pct.' : unit === 'dkk' ? ' kr.' : '';
  return Array.from({ length: n }, (_, i) => ({
    above: i * step,
    upTo: (i + 1) * step,
    fill: fills[classFillIndex(i, n)] as string,
    labelDa: `${formatNumberDa(i * step, decimals)}-${formatNumberDa((i + 1) * step, decimals)}${suffix}`,
  }));
}

/** The class of `value` (> 0): the first whose upper bound is at least `value`. */
export function classOf(classes: readonly MapClass[], value: number): MapClass | undefined {
  return classes.find((c) => value > c.above && value <= c.upTo + 1e-9) ?? classes[classes.length - 1];
}

/** With fewer classes than fills, spread them over the whole light-to-dark range. */
function classFillIndex(i: number, n: number): number {
  const last = MAP_STYLE.classes.length - 1;
  return n <= 1 ? last : Math.round((i * last) / (n - 1));
}

/** A round step (1, 2, 2.5, 5 × 10^k; whole numbers when `whole`) at least `raw`. */
function niceStep(raw: number, whole: boolean): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of whole ? [1, 2, 3, 5, 10] : [1, 2, 2.5, 5, 10]) {
    const step = m * power;
    if (step >= raw - 1e-12 && (!whole || Number.isInteger(step))) return step;
  }
  return 10 * power;
}
