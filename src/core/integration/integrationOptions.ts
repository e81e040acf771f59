/**
 * The analysis choices of chapter 4, integration (domain §11), where the seed and the sources are silent, as
 * one declared table: name, allowed values, default and help in Danish and English. The report records their
 * values in its manifest (`report.integration.options`).
 */
export const INTEGRATION_OPTIONS = {
  integrationExamYears: {
    type: 'integer',
    min: 1,
    max: 5,
    default: 3,
    helpDa:
      'Figur 4.3 samler folkeskolens prøver over så mange skoleår, det seneste med forårsåret lig listeåret ' +
      '(standard 3: 2021/22–2023/24 for listeåret 2024); eleverne bor i området pr. 1. januar i forårsåret.',
    helpEn:
      'Fig 4.3 pools the 9th-grade exams over this many school years, the latest with its spring year equal to ' +
      'the list year (default 3: 2021/22–2023/24 for list year 2024); pupils live in the area on 1 January of ' +
      'the spring year.',
  },
  integrationConvictedAdultYears: {
    type: 'integer',
    min: 1,
    max: 10,
    default: 1,
    helpDa:
      'Figur 4.6: et barn har en dømt voksen i familien, når en voksen i familien er dømt (K2’s love og ' +
      'afgørelsestyper) i et af så mange kalenderår til og med året før listeåret (standard 1: kun året før).',
    helpEn:
      'Fig 4.6: a child has a convicted adult in the family when an adult of the family was convicted (K2’s laws ' +
      'and decision types) in one of this many calendar years up to the year before the list year (default 1).',
  },
} as const;

export type IntegrationOptionName = keyof typeof INTEGRATION_OPTIONS;
export type IntegrationOptions = { readonly [K in IntegrationOptionName]: number };

export const DEFAULT_INTEGRATION_OPTIONS: IntegrationOptions = {
  integrationExamYears: INTEGRATION_OPTIONS.integrationExamYears.default,
  integrationConvictedAdultYears: INTEGRATION_OPTIONS.integrationConvictedAdultYears.default,
};

/** Chapter 4's origin groups (domain §11), the columns of every figure; `nonwestern` = MENAPT + other non-western. */
export const ORIGIN_GROUPS = ['danish', 'menapt', 'otherNonwestern', 'western', 'nonwestern'] as const;
export type OriginGroup = (typeof ORIGIN_GROUPS)[number];

/** The groups a person belongs to directly (`nonwestern` is their sum; `unknown` is never shown). */
export const PERSON_ORIGINS = ['danish', 'menapt', 'otherNonwestern', 'western'] as const;

/** Chapter 4's fixed age bands and thresholds (the seed's), inclusive. */
export const INTEGRATION_AGES = {
  employment: [25, 64],
  children: [0, 15],
  pupils: [7, 15],
  youngMen: [15, 29],
} as const;

/** Fig 4.4: schools with at least this many pupils, and "many non-western pupils" as at least this percent. */
export const SCHOOL_MIN_PUPILS = 50;
export const SCHOOL_NONWESTERN_PCT = 25;

/** Fig 4.3's corrected mean: every bound exam not taken counts as this grade. */
export const MISSING_EXAM_GRADE = -3;
