import { assertNever } from '../assertNever.ts';

/**
 * The analysis choices of chapter 2.4 (letting) and 2.6 (strategic demolition) where the seed and the contract
 * are silent or leave room (domain §9), as one declared table: name, allowed values, default and help in Danish
 * and English. The report records their values in its manifest; `housingOptionsFrom` parses them at an edge.
 */
export const HOUSING_OPTIONS = {
  housingRelet: {
    values: ['letOrVacant', 'letOnly'],
    default: 'letOrVacant',
    helpDa:
      'Genudlejede lejemål i år Y: boliger udlejet i løbet af Y plus boliger, der stod ledige pr. 1. januar Y + 1 ' +
      'uden at være udlejet i Y, som seedens anmærkning ("indeholder også lejemål, der ikke er blevet udlejet det ' +
      'sidste år (ledige boliger)") (letOrVacant); eller kun boliger udlejet i Y (letOnly).',
    helpEn:
      're-let tenancies in year Y: dwellings let during Y plus dwellings vacant on 1 January Y + 1 and not let ' +
      "during Y, as the seed's note says (letOrVacant); or only the dwellings let during Y (letOnly).",
  },
  housingDemolitionList: {
    values: ['inForce', 'sameYear', 'listYear'],
    default: 'inForce',
    helpDa:
      'En nedrivning i år t tælles efter områdets liste i kraft i t, offentliggjort 1. december t − 1 (inForce); ' +
      'efter listen pr. 1. december t (sameYear); eller efter listeårets kategorier, fastholdt tilbage i tid ' +
      'som i resten af kapitel 2 (listYear).',
    helpEn:
      "A demolition in year t counts by the area's list in force during t, published 1 December t − 1 " +
      '(inForce); by the list of 1 December t (sameYear); or by the list year’s categories, followed back as in ' +
      'the rest of chapter 2 (listYear).',
  },
  housingDemolitionPlan: {
    values: ['anyPlan', 'approvedBefore'],
    default: 'anyPlan',
    helpDa:
      '"Heraf med udviklingsplan": nedrivninger i områder med en godkendt udviklingsplan pr. 1. december i ' +
      'listeåret, uanset hvornår planen blev godkendt (anyPlan, som seeden: nedrivningerne i 2018 tælles med, ' +
      'før de første planer blev godkendt); eller kun nedrivninger efter planens godkendelsesdato (approvedBefore).',
    helpEn:
      '"Of which with a development plan": demolitions in areas with a plan approved by 1 December of the list ' +
      "year, whenever it was approved (anyPlan, as the seed: 2018's demolitions count, before the first plans " +
      'were approved); or only demolitions after the date the plan was approved (approvedBefore).',
  },
} as const satisfies Record<string, HousingOptionSpec>;

/** How one option is declared. */
export interface HousingOptionSpec {
  readonly values: readonly string[];
  readonly default: string;
  readonly helpDa: string;
  readonly helpEn: string;
}

export type HousingOptionName = keyof typeof HOUSING_OPTIONS;
export type HousingOptions = {
  readonly [K in HousingOptionName]: (typeof HOUSING_OPTIONS)[K]['values'][number];
};

export const DEFAULT_HOUSING_OPTIONS: HousingOptions = Object.fromEntries(
  Object.entries(HOUSING_OPTIONS).map(([name, o]) => [name, o.default]),
) as unknown as HousingOptions;

/** Whether `name` is one of the housing options. */
export function isHousingOptionName(name: string): name is HousingOptionName {
  return Object.hasOwn(HOUSING_OPTIONS, name);
}

/** Parse `name=value` settings given at an edge (CLI flag, file); unknown names and values are errors. */
export function housingOptionsFrom(
  pairs: Readonly<Record<string, string>>,
): { ok: true; value: HousingOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, string> = { ...DEFAULT_HOUSING_OPTIONS };
  for (const [name, value] of Object.entries(pairs)) {
    if (!isHousingOptionName(name)) {
      errors.push(`unknown housing option: ${name} (known: ${Object.keys(HOUSING_OPTIONS).join(', ')})`);
      continue;
    }
    const allowed: readonly string[] = HOUSING_OPTIONS[name].values;
    if (!allowed.includes(value)) {
      errors.push(`invalid value for ${name}: ${value} (allowed: ${allowed.join(', ')})`);
      continue;
    }
    out[name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as unknown as HousingOptions };
}

/**
 * The list year whose lists decide the category of a demolition in year `eventYear` (null: the list year's
 * categories, fixed): the list in force during t was published 1 December t − 1.
 */
export function demolitionListYear(o: HousingOptions, eventYear: number): number | null {
  switch (o.housingDemolitionList) {
    case 'inForce':
      return eventYear - 1;
    case 'sameYear':
      return eventYear;
    case 'listYear':
      return null;
    default:
      return assertNever(o.housingDemolitionList);
  }
}

/** First years of the series (domain §9): figure 2.4 from 2020, table 2.4 from 2018. */
export const FIGURE_2_4_FROM = 2020;
export const TABLE_2_4_FROM = 2018;
