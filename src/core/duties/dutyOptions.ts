/**
 * The choices the duties and chapter 5 rest on where the sources are silent (domain §6 and §11), as one declared
 * table like the rule book's assumptions: name, allowed values, default and help. Set with `--assume name=value`
 * on `boligmonitor duties`, and recorded in its output and in the report's manifest.
 */
export const DUTY_OPTIONS = {
  daycareResidenceSnapshot: {
    values: ['following', 'same'],
    default: 'following',
    help:
      'Where a child enrolled on 30 September of year T lives: the 1 January snapshot after the count ' +
      '(T + 1, following; the residence closest after 30 September) or before it (T, same).',
  },
  daycareInstitutionKinds: {
    values: ['kommunalSelvejende', 'allInstitutions'],
    default: 'kommunalSelvejende',
    help:
      'Day-care institutions the 30 % rule and tables 5.1–5.2 count: municipal and self-governing ones, as the ' +
      "seed's tables (kommunalSelvejende), or private institutions too (allInstitutions); family day care " +
      '(dagpleje) is never an institution.',
  },
  languageTestLists: {
    values: ['Y-2..Y', 'Y-3..Y-1'],
    default: 'Y-2..Y',
    help:
      'The udsatte lists "within the last three years" for the language-test duty of list year Y: the lists of ' +
      '1 December Y − 2, Y − 1 and Y (Y-2..Y), or the three before Y (Y-3..Y-1). Pupils and their residence are ' +
      'those of 1 January Y.',
  },
} as const;

export type DutyOptionName = keyof typeof DUTY_OPTIONS;
export type DutyOptions = { readonly [K in DutyOptionName]: (typeof DUTY_OPTIONS)[K]['values'][number] };

export const DEFAULT_DUTY_OPTIONS: DutyOptions = Object.fromEntries(
  Object.entries(DUTY_OPTIONS).map(([name, o]) => [name, o.default]),
) as unknown as DutyOptions;

export function isDutyOptionName(name: string): name is DutyOptionName {
  return name in DUTY_OPTIONS;
}

/** Parse `name=value` settings of the duty options; unknown names or values are errors. */
export function dutyOptionsFrom(
  pairs: Readonly<Record<string, string>>,
): { ok: true; value: DutyOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, string> = { ...DEFAULT_DUTY_OPTIONS };
  for (const [name, value] of Object.entries(pairs)) {
    if (!isDutyOptionName(name)) {
      errors.push(`unknown duty option: ${name} (known: ${Object.keys(DUTY_OPTIONS).join(', ')})`);
      continue;
    }
    const allowed: readonly string[] = DUTY_OPTIONS[name].values;
    if (!allowed.includes(value)) {
      errors.push(`invalid value for ${name}: ${value} (allowed: ${allowed.join(', ')})`);
      continue;
    }
    out[name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as unknown as DutyOptions };
}

/** The list years whose udsatte lists count for the language-test duty of list year Y. */
export function languageTestListYears(options: DutyOptions, listYear: number): number[] {
  const last = options.languageTestLists === 'Y-2..Y' ? listYear : listYear - 1;
  return [last - 2, last - 1, last];
}

/** The 1 January snapshot that gives the residence of a child counted on 30 September of `countYear`. */
export function daycareResidenceYear(options: DutyOptions, countYear: number): number {
  return options.daycareResidenceSnapshot === 'following' ? countYear + 1 : countYear;
}

/** The institution kinds the 30 % rule counts. */
export function daycareKinds(options: DutyOptions): readonly string[] {
  return options.daycareInstitutionKinds === 'kommunalSelvejende'
    ? ['kommunal', 'selvejende']
    : ['kommunal', 'selvejende', 'privat'];
}
