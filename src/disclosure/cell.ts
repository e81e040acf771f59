import type { Unit } from '../core/model/statistic.ts';

/**
 * A published number after disclosure control (conventions §8). Every renderer handles all four kinds in
 * one place: `*` for suppressed (note "Diskretioneret"), `–` for not applicable, the reason for missing.
 */
export type CellValue =
  | { readonly kind: 'value'; readonly value: number }
  | {
      readonly kind: 'suppressed';
      /** The named rule that suppressed it (`persons-under-3`, `secondary`, …). */
      readonly rule: string;
      readonly primaryOrSecondary: 'primary' | 'secondary';
    }
  | { readonly kind: 'missing'; readonly why: string }
  | { readonly kind: 'notApplicable' };

/** One published cell of a report table. */
export interface Cell {
  readonly row: string;
  readonly column: string;
  readonly unit: Unit;
  readonly value: CellValue;
}
