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
    max: 30,
    default: 10,
    helpDa:
      'Figur 4.6: et barn har en dømt voksen i familien, når en voksen i familien er dømt (K2’s love og ' +
      'afgørelsestyper) i et af så mange kalenderår til og med året før listeåret (standard 10: 2014–2023 for ' +
      'listeåret 2024). Redegørelsen nævner ingen periode ("er dømt"); et år, leveringen mangler, gør figuren ' +
      'ukendt.',
    helpEn:
      'Fig 4.6: a child has a convicted adult in the family when an adult of the family was convicted (K2’s laws ' +
      'and decision types) in one of this many calendar years up to the year before the list year (default 10: ' +
      '2014–2023 for list year 2024). The seed names no period ("has been convicted"), so a long window; a year ' +
      'the delivery lacks makes the figure missing.',
  },
  integrationNonwesternRelation: {
    type: 'boolean',
    default: true,
    helpDa:
      'Ikke-vestlige i alt = MENAPT + øvrige ikke-vestlige erklæres som relation (true), så en skjult gruppe ikke ' +
      'kan regnes ud fra totalen og den anden gruppe: så diskretioneres én af dem også. false: ingen relation, ' +
      'som i 2025-redegørelsen, der viser MENAPT og ikke-vestlige i alt og skjuler øvrige ikke-vestlige.',
    helpEn:
      'Declare non-western in all = MENAPT + other non-western as a relation (true), so a hidden group cannot be ' +
      'worked out from the total and the other group: one of them is then suppressed too. false: no relation, as ' +
      'the 2025 report shows MENAPT and non-western in all while hiding other non-western.',
  },
} as const;

export type IntegrationOptionName = keyof typeof INTEGRATION_OPTIONS;
export type IntegrationOptions = {
  readonly [K in IntegrationOptionName]: (typeof INTEGRATION_OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : number;
};

export const DEFAULT_INTEGRATION_OPTIONS: IntegrationOptions = {
  integrationExamYears: INTEGRATION_OPTIONS.integrationExamYears.default,
  integrationConvictedAdultYears: INTEGRATION_OPTIONS.integrationConvictedAdultYears.default,
  integrationNonwesternRelation: INTEGRATION_OPTIONS.integrationNonwesternRelation.default,
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

/** Whether `name` is one of chapter 4's options (the CLI's `--assume` also carries the rule book's and others). */
export function isIntegrationOptionName(name: string): name is IntegrationOptionName {
  return Object.hasOwn(INTEGRATION_OPTIONS, name);
}

/** Parse `name=value` settings given at an edge (CLI flag, file); unknown names and bad values are errors. */
export function integrationOptionsFrom(
  pairs: Readonly<Record<string, string>>,
): { ok: true; value: IntegrationOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, number | boolean> = { ...DEFAULT_INTEGRATION_OPTIONS };
  for (const [name, raw] of Object.entries(pairs)) {
    if (!isIntegrationOptionName(name)) {
      errors.push(
        `unknown integration option: ${name} (known: ${Object.keys(INTEGRATION_OPTIONS).join(', ')})`,
      );
      continue;
    }
    const spec = INTEGRATION_OPTIONS[name];
    const text = raw.trim();
    if (spec.type === 'boolean') {
      if (text !== 'true' && text !== 'false')
        errors.push(`invalid value for ${name}: ${raw} (allowed: true, false)`);
      else out[name] = text === 'true';
      continue;
    }
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < spec.min || value > spec.max)
      errors.push(
        `invalid value for ${name}: ${raw} (allowed: a whole number from ${spec.min} to ${spec.max})`,
      );
    else out[name] = value;
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: out as unknown as IntegrationOptions };
}

/** The `--assume` help of chapter 4's options: `name=<integer> (default 3)`, joined by `; `. */
export function integrationAssumeHelp(): string {
  return Object.entries(INTEGRATION_OPTIONS)
    .map(([name, o]) =>
      o.type === 'boolean'
        ? `${name}=true|false (default ${o.default})`
        : `${name}=<${o.type} ${o.min}–${o.max}> (default ${o.default})`,
    )
    .join('; ');
}
