import type { Rational } from '../exact/rational.ts';
import type { MeasureId } from './criteria.ts';
import type { AreaId, MunicipalityCode, Year } from './ids.ts';

/**
 * The published numbers of one area in one list year (data contract §B). Values are already averaged as
 * the rule set prescribes; `null` means not computable (the criterion is then reported as such).
 */
export interface AreaFigures {
  readonly year: Year;
  readonly areaId: AreaId;
  readonly name: string;
  readonly municipalityCode: MunicipalityCode;
  readonly residents: number;
  readonly nonwesternPct: Rational | null;
  readonly k1OutsidePct: Rational | null;
  readonly k2ConvictedPct: Rational | null;
  readonly k2NationalPct: Rational | null;
  readonly k3BasicPct: Rational | null;
  readonly k4IncomePct: Rational | null;
  /** Optional denominators: with them margins are also given in persons. */
  readonly denominators?: Denominators;
  /**
   * Why a figure is missing, where the source knows (Danish, e.g. `convictions mangler for 2023`): carried into
   * the criterion's "not computable" reason in every output.
   */
  readonly missingWhy?: Readonly<Partial<Record<MeasureId, string>>>;
}

export interface Denominators {
  /** Residents 18–64 (K1). */
  readonly n18to64?: number;
  /** Residents 18+ (K2; or 15+ under that option). */
  readonly n18plus?: number;
  /** Residents 30–59 (K3). */
  readonly n30to59?: number;
  /** Taxpayers 15–64 excluding students (K4). */
  readonly nIncome?: number;
}
