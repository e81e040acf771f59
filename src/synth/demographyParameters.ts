/**
 * National demographic targets (approximate, Statistics Denmark StatBank FOLK1A, FOD, DODA1, VAN1AAR/VAN2AAR,
 * rounded). All counts are for scale 1.0; the generator multiplies by the scale.
 */

/** Residents on 1 January of `year`: 5.535 million in 2010, rising linearly to about 5.94 million in 2024. */
export function nationalPopulation(year: number): number {
  return 5_535_000 + (year - 2010) * 28_700;
}

/** Live births in calendar year `year` (≈ 57–64 thousand a year 2010–2024). */
export function births(year: number): number {
  return year <= 2012 ? 60_000 : year <= 2016 ? 58_000 : year <= 2021 ? 62_000 : 57_000;
}

/** Immigrations in calendar year `year` (≈ 50–120 thousand; 2015 asylum peak, 2022 Ukraine). */
export function immigrations(year: number): number {
  const byYear: Readonly<Record<number, number>> = {
    2008: 57_000,
    2009: 51_000,
    2010: 52_000,
    2011: 53_000,
    2012: 54_000,
    2013: 60_000,
    2014: 68_000,
    2015: 78_000,
    2016: 74_000,
    2017: 68_000,
    2018: 64_000,
    2019: 62_000,
    2020: 52_000,
    2021: 60_000,
    2022: 110_000,
    2023: 80_000,
    2024: 78_000,
  };
  return byYear[year] ?? 60_000;
}

/** Share of immigrants by origin group in calendar year `year` (western, menapt, other non-western). */
export function immigrantOriginMix(year: number): readonly [number, number, number] {
  if (year === 2022) return [0.35, 0.1, 0.55]; // Ukraine
  if (year >= 2014 && year <= 2016) return [0.45, 0.33, 0.22]; // Syria
  return [0.55, 0.17, 0.28];
}

/**
 * National composition of the population by origin group on 1 January `year`
 * (danish, western, menapt, other non-western): immigrants and descendants 9.8 % in 2010 → 15.5 % in 2024,
 * of which non-western 6.6 % → 10 % and MENAPT 3.6 % → 5 % (seed report table 2.1 for 2024).
 */
export function originComposition(year: number): readonly [number, number, number, number] {
  const t = Math.min(1, Math.max(0, (year - 2010) / 14));
  const western = 0.032 + t * (0.055 - 0.032);
  const menapt = 0.036 + t * (0.05 - 0.036);
  const otherNw = 0.03 + t * (0.05 - 0.03);
  return [1 - western - menapt - otherNw, western, menapt, otherNw];
}

/**
 * Gompertz mortality hazard h(x) = b·e^(c·x): with these values life expectancy at birth is about 81 years and
 * ≈ 54 thousand residents die a year, as in Denmark 2010–2024.
 */
export const GOMPERTZ = { b: 0.000_021, c: 0.097 } as const;

/** Yearly probability that an immigrant emigrates again (of those who ever do) and the share who ever do. */
export const EMIGRATION = {
  immigrantEverLeaves: 0.75,
  immigrantYearlyRate: 0.09,
  nativeYearlyRate: 0.003,
} as const;

/** Yearly probability of moving to another dwelling, by age at 1 January (≈ 1 in 10 overall). */
export const MOVE_PROBABILITY_BY_AGE: readonly (readonly [number, number])[] = [
  [0, 0.1],
  [18, 0.22],
  [25, 0.2],
  [30, 0.12],
  [40, 0.07],
  [50, 0.05],
  [65, 0.04],
  [80, 0.05],
];

/** Share of moves that stay within the person's home municipality (the rest go anywhere in the country). */
export const LOCAL_MOVE_SHARE = 0.6;

/**
 * Letting in deprived areas (flexible letting, and from 2019 no municipal allocation of persons on benefits or
 * of refugees to the listed areas). From `fromYear`, a person who moves into an area of deprivation d got the
 * dwelling while in work: from the year before the move and for as long as they live there, their chance of
 * being outside job and education is lowered by `strength · d · w` on the logit, w = the area's non-western
 * share ÷ 50 % within [`minWeight`, 1] (the rules bind hardest in the ghetto and parallelsamfund areas). Newly
 * arrived immigrants are placed in such an area with weight × exp(−immigrants · d).
 */
export const LETTING_SELECTION = { fromYear: 2019, strength: 1.5, immigrants: 1.5, minWeight: 0.2 } as const;

/** The four big cities (København, Aarhus, Odense, Aalborg): the main destinations of moves between municipalities. */
export const BIG_CITIES: readonly string[] = ['101', '751', '461', '851'];

/**
 * Moves to another municipality (the non-local share of moves). The destination municipality is drawn, for the
 * person's type, in proportion to where that type lives (the location plan), either within the region of the
 * person's home municipality (with probability `inRegion`) or anywhere in the country, times a pull of the big
 * cities by age at the move (the young move to them, families out of them). The most disadvantaged fifth (bin 4,
 * where most of the socially vulnerable are) moves more often within its region and is drawn less to the big
 * cities. Within the destination municipality the location is drawn as for a local move.
 */
export const REGIONAL_MOVES = {
  inRegion: 0.72,
  inRegionMostDisadvantaged: 0.8,
  /** Pull of the big cities on movers aged 18–29, 30–49 and the rest (bins 0–3). */
  cityPull: [1.9, 0.8, 1.0],
  /** The same for the most disadvantaged bin. */
  cityPullMostDisadvantaged: [1.3, 0.9, 1.0],
} as const;

/**
 * Mandatory flexible letting in the forebyggelse areas from 2022 (the first list, 1 December 2021). A move labelled
 * `fromYear` or later into an area the generator intends as forebyggelsesområde on that list (see
 * `intendedForebyggelse2021`) by a socially vulnerable person (18–64 on 1 January before the move, outside job and
 * education at least half of the year before that) is turned away with probability `vulnerable`, any other move
 * there with `others` (fewer lettings overall); the person then moves to ordinary housing in the same municipality,
 * so the flows between municipalities do not change.
 */
export const FLEXIBLE_LETTING = { fromYear: 2022, vulnerable: 0.4, others: 0.1 } as const;

/**
 * The generator's forebyggelsesområder of the first list (1 December 2021), for the planted treatment and the
 * letting rule above: an area with at least 1,000 counted residents and more than 30 % non-western residents on
 * 1 January 2021 (in the generated residence), a latent deprivation of at least `minDeprivation` in 2021, and not
 * one of the areas the rules would make udsat instead (more than 50 % non-western with deprivation at least
 * `udsatDeprivation`). The lists computed from the delivery by the rules may differ in a few areas.
 */
export const INTENDED_FOREBYGGELSE = {
  year: 2021,
  minResidents: 1000,
  minNonwesternPct: 30,
  minDeprivation: 0.55,
  udsatNonwesternPct: 50,
  udsatDeprivation: 0.64,
} as const;

/** First move label (1 January snapshot after the move) of the post period of chapter 3's difference-in-differences. */
export const DID_POST_FROM = 2022;
