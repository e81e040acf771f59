import type { Unit } from '../../core/model/statistic.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { CellValue } from '../../disclosure/cell.ts';
import { assertNever } from '../../core/assertNever.ts';

/** How many decimals a published number of `unit` is printed with in a figure (labels, tooltips). */
export function decimalsFor(unit: Unit): number {
  switch (unit) {
    case 'count':
    case 'dkk':
      return 0;
    case 'pct':
    case 'mean':
    case 'grade':
    case 'ratio':
      return 1;
    case 'share':
      return 2;
    default:
      return assertNever(unit);
  }
}

/** A number of `unit` in Danish with its unit word: `1.698`, `12,4 pct.`, `312.400 kr.`. */
export function numberTextDa(value: number, unit: Unit, decimals = decimalsFor(unit)): string {
  const n = formatNumberDa(value, decimals);
  switch (unit) {
    case 'pct':
      return `${n} pct.`;
    case 'dkk':
      return `${n} kr.`;
    case 'count':
    case 'mean':
    case 'grade':
    case 'ratio':
    case 'share':
      return n;
    default:
      return assertNever(unit);
  }
}

/** A published cell in words, as a figure's tooltip or text alternative says it. */
export function cellTextDa(value: CellValue, unit: Unit): string {
  switch (value.kind) {
    case 'value':
      return numberTextDa(value.value, unit);
    case 'suppressed':
      return 'diskretioneret';
    case 'missing':
      return 'ingen data';
    case 'notApplicable':
      return 'ikke relevant';
    default:
      return assertNever(value);
  }
}
