/**
 * Targets of the generated housing stock, letting and development plans (data contract §A2), read off the seed
 * report (Redegørelse om parallelsamfund 2025) sections 2.4–2.6; docs/synthetic-denmark.md "Housing stock,
 * letting and development plans" lists them with the measured values.
 */

/** The contract's letting types, in table 2.2's column order. */
export const LETTING_TYPES = [
  'internal',
  'external_waiting_list',
  'flexible',
  'combined',
  'municipal',
  'other',
] as const;
export type LettingType = (typeof LETTING_TYPES)[number];

/**
 * Where a dwelling stands, for the letting mix and the vacancy rate: a development plan area, one of the
 * generator's forebyggelse areas of 2021, another deprived area (latent deprivation of 2021 ≥ 0.64, the udsatte
 * and parallelsamfund), any other area, or ordinary housing.
 */
export const HOUSING_CATEGORIES = ['plan', 'forebyggelse', 'deprived', 'area', 'ordinary'] as const;
export type HousingCategory = (typeof HOUSING_CATEGORIES)[number];

/** Deprivation (of 2021) from which a non-plan, non-forebyggelse area lets and stands empty like the udsatte. */
export const DEPRIVED_FROM = 0.64;

/**
 * Letting mix per category and letting year (shares of internal, external waiting list, flexible, combined,
 * municipal, other; the external waiting list takes the rest). Table 2.2 (2024): udsatte 15/58/15/0/6/6 %,
 * development plans 13/55/22/0/3/6 %, forebyggelse 16/44/25/0/10/4 %; fig. 2.4.b: flexible letting in the
 * forebyggelse areas steady to 2021 and rising from 2022 (mandatory from then).
 */
export function lettingMix(category: HousingCategory, year: number): Readonly<Record<LettingType, number>> {
  const mix = (internal: number, flexible: number, combined: number, municipal: number, other: number) => ({
    internal,
    external_waiting_list: 1 - internal - flexible - combined - municipal - other,
    flexible,
    combined,
    municipal,
    other,
  });
  switch (category) {
    case 'plan':
      return year >= 2019 ? mix(0.13, 0.22, 0, 0.035, 0.065) : mix(0.13, 0.1, 0, 0.08, 0.065);
    case 'forebyggelse':
      return mix(
        0.16,
        year <= 2021 ? 0.19 : year === 2022 ? 0.21 : year === 2023 ? 0.23 : 0.25,
        0,
        0.1,
        0.04,
      );
    case 'deprived':
      return mix(0.15, 0.15, 0.01, 0.06, 0.055);
    case 'area':
      return mix(0.15, 0.08, 0, 0.08, 0.05);
    case 'ordinary':
      return mix(0.18, 0.02, 0, 0.1, 0.05);
  }
}

/**
 * Share of a category's public dwellings standing empty on 1 January (table 2.2, ledige boliger pr. 1. januar
 * 2025 of all lejemål: udsatte 12,4 %, parallelsamfund 16 %, development plans 12 %, forebyggelse 3,9 %). Vacancies
 * are drawn among the public dwellings on area parcels that nobody lives in that day.
 */
export const VACANCY_RATE: Readonly<Record<Exclude<HousingCategory, 'ordinary'>, number>> = {
  plan: 0.12,
  forebyggelse: 0.04,
  deprived: 0.12,
  area: 0.02,
};

/**
 * A development plan's programme 2019–2030 as shares of the area's public family dwellings at the start
 * (section 2.5: of ≈ 15.400 family dwellings in the 17 areas, 4.082 demolished, 1.025 relabelled, 697 sold,
 * 2.295 commercial units built), with the share of each year; realised 2019–2024 in the seed: demolished
 * 1.044, relabelled 357, sold 136, commercial units 720. Demolition happens in 13 of the 17 areas.
 */
export const PLAN_PROGRAMME = {
  demolishingShare: 13 / 17,
  /** In an area that demolishes. */
  demolished: 0.35,
  relabelled: 0.067,
  sold: 0.045,
  /** Merged (two flats joined): a few, 2019–2029. */
  merged: 0.003,
  commercialUnits: 0.15,
  /** A plan with a dispensation does less of everything. */
  dispensationFactor: 0.6,
  /** Year weights 2019–2029 (sum 1 each). */
  years: {
    demolished: [0.01, 0.01, 0.065, 0.07, 0.09, 0.02, 0.15, 0.17, 0.17, 0.13, 0.115],
    relabelled: [0.058, 0.058, 0.058, 0.058, 0.058, 0.06, 0.13, 0.13, 0.13, 0.13, 0.13],
    sold: [0.0325, 0.0325, 0.0325, 0.0325, 0.0325, 0.0325, 0.161, 0.161, 0.161, 0.161, 0.161],
    merged: [1 / 11, 1 / 11, 1 / 11, 1 / 11, 1 / 11, 1 / 11, 1 / 11, 1 / 11, 1 / 11, 1 / 11, 1 / 11],
    commercialUnits: [0.052, 0.052, 0.052, 0.052, 0.052, 0.05, 0.138, 0.138, 0.138, 0.138, 0.138],
  },
  firstYear: 2019,
  lastYear: 2029,
  /** Relabelled family dwellings become youth dwellings with this probability, else elderly dwellings. */
  relabelledToYouth: 0.5,
  /** Demolitions outside the plans (ordinary renewal; strategic in deprived and forebyggelse areas): share of an area's public dwellings. */
  otherDemolished: 0.0015,
  /** Events fall on a day from 1 January to 29 September, so the report of 1 October has them. */
  lastEventDay: 271,
} as const;

/** Commercial floor on area parcels (the 75 m² rule): a share of parcels has some, 100–800 m². */
export const COMMERCIAL_FLOOR = { parcelShare: 0.25, minM2: 100, maxM2: 800, m2PerUnit: 75 } as const;
