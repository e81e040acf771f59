import { areaDeprivation, type SynthArea } from './areaCatalogue.ts';
import { INTENDED_FOREBYGGELSE } from './demographyParameters.ts';

/**
 * The generator's approved development plans (§ 168 a), seed report section 2.5: 17 plans for the areas that
 * became omdannelsesområder (hard ghettos on the lists of 2018–2019), approved in 2019 with 2018 as the
 * accounting's start, target 40 % public family dwellings by 2030, two with a dispensation to a higher share.
 */
export const DEVELOPMENT_PLANS = {
  /** Plans at the full catalogue; a smaller Denmark gets proportionally fewer, at least one. */
  nationalCount: 17,
  catalogueSize: 200,
  approvedDate: '2019-06-28',
  baselineYear: 2018,
  targetPct: 40,
  /** Dispensations (from the least deprived plan areas): two from 10 plans, one from 4. */
  dispensations: [
    { dispensation: 'stk3', targetPct: 50 },
    { dispensation: 'stk4', targetPct: 55 },
  ],
  /** Public dwellings of a plan area that are family dwellings as built (0.90 elsewhere): start share ≈ 93 %. */
  familyShareAsBuilt: 0.98,
  /** Extra non-public family dwellings built on a plan area's parcels from 2019 (share of its public dwellings). */
  newBuildShare: 0.08,
  /**
   * Share of the non-public dwellings built before 2010 that the generator puts on a plan area's parcels (the rest
   * stand off the parcels, in the same municipality): these areas are almost all public family housing.
   */
  oldPrivateOnParcels: 0.2,
} as const;

export type Dispensation = 'none' | 'stk3' | 'stk4';

export interface DevelopmentPlanArea {
  readonly area: SynthArea;
  readonly dispensation: Dispensation;
  readonly targetPct: number;
}

/** The generator's udsat-like deprivation of 2021 (`INTENDED_FOREBYGGELSE.udsatDeprivation`). */
const UDSAT_DEPRIVATION_2021 = INTENDED_FOREBYGGELSE.udsatDeprivation;
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Number of plans among `areaCount` generated areas. */
export function developmentPlanCount(areaCount: number): number {
  if (areaCount === 0) return 0;
  const p = DEVELOPMENT_PLANS;
  return Math.max(1, Math.round((p.nationalCount * areaCount) / p.catalogueSize));
}

/**
 * The areas that get a development plan: those the generator designs as hard ghettos — first the areas still
 * udsat-like in 2021 (latent deprivation ≥ 0.64 and a prior non-western share above 50 %, as `locationPlan`'s
 * origin prior; the generator's forebyggelse areas are the others), then those above 50 % non-western, not growing
 * (the growing areas' new non-public buildings already mix them), by deprivation of 2018 — ordered by area
 * index. The least deprived one or two get the dispensations.
 */
export function developmentPlanAreas(areas: readonly SynthArea[]): DevelopmentPlanArea[] {
  const n = developmentPlanCount(areas.length);
  const year = DEVELOPMENT_PLANS.baselineYear;
  const score = (a: SynthArea): number => areaDeprivation(a, year);
  const nonwestern = (a: SynthArea, y: number): number =>
    sigmoid(-2.3 + 3.0 * areaDeprivation(a, y) + a.nonwesternOffset);
  const key = (a: SynthArea): number =>
    (nonwestern(a, 2021) > 0.5 && areaDeprivation(a, 2021) >= UDSAT_DEPRIVATION_2021 ? 4 : 0) +
    (nonwestern(a, year) > 0.5 ? 2 : 0) +
    (a.trajectory === 'growing' ? 0 : 1);
  const ranked = [...areas].sort((a, b) => key(b) - key(a) || score(b) - score(a) || a.index - b.index);
  const chosen = ranked.slice(0, n);
  const dispensations = n >= 10 ? 2 : n >= 4 ? 1 : 0;
  const leastDeprived = [...chosen].sort((a, b) => score(a) - score(b) || a.index - b.index);
  const dispensationOf = new Map(
    leastDeprived.slice(0, dispensations).map((a, i) => [a.index, DEVELOPMENT_PLANS.dispensations[i]]),
  );
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((area) => {
      const d = dispensationOf.get(area.index);
      return d === undefined
        ? { area, dispensation: 'none', targetPct: DEVELOPMENT_PLANS.targetPct }
        : { area, dispensation: d.dispensation, targetPct: d.targetPct };
    });
}
