/**
 * The settings of disclosure control (domain §7), as one declared table: name, kind of value, default, and
 * help in Danish and English. The CLI sets them with `--assume name=value` beside the rule book's
 * assumptions, and every run records their values in its manifest.
 *
 * The primary thresholds are "below" bounds: a number is suppressed when it is at least 1 and below the
 * threshold, so `disclosureMinCount = 3` suppresses counts of 1 and 2 and publishes 0.
 */
export const DISCLOSURE_OPTIONS = {
  disclosureMinCount: {
    type: 'integer',
    min: 1,
    default: 3,
    helpDa:
      'Et antal personer på mindst 1 og under denne værdi diskretioneres (standard 3: antal på 1 eller 2); 0 ' +
      'offentliggøres.',
    helpEn:
      'A count of at least 1 and below this value is suppressed (default 3: counts of 1 or 2); 0 is published.',
  },
  disclosureMinPersons: {
    type: 'integer',
    min: 1,
    default: 5,
    helpDa:
      'En andel eller et gennemsnit opgjort over færre personer end dette diskretioneres, og det samme gør en ' +
      'afledt størrelse, hvis den mindste personmængde bag den er mindre end dette.',
    helpEn:
      'A share or mean over fewer persons than this is suppressed, and so is a derived number whose smallest ' +
      'group of persons behind it is smaller than this.',
  },
  disclosureMinSharePart: {
    type: 'integer',
    min: 1,
    default: 3,
    helpDa:
      'En andel, hvis tæller eller komplement (nævner − tæller) er mindst 1 og under denne værdi personer, ' +
      'diskretioneres (standard 3: 1 eller 2 personer).',
    helpEn:
      'A share whose numerator or complement (denominator − numerator) is at least 1 and below this many ' +
      'persons is suppressed (default 3: 1 or 2 persons).',
  },
  disclosureGroupObservationsOver: {
    type: 'integer',
    min: 0,
    default: 100,
    helpDa:
      'I tabeller, der kun viser store grupper (kapitel 4’s oprindelsesgrupper), vises en celle kun, hvis den ' +
      'hviler på flere observationer end dette; andre tabeller berøres ikke.',
    helpEn:
      'In tables that show large groups only (chapter 4’s origin groups), a cell is shown only when it rests on ' +
      'more observations than this; other tables are not affected.',
  },
  disclosureProtectionMargin: {
    type: 'number',
    min: 0,
    default: 1,
    helpDa:
      'Revisionens beskyttelsesmargin: hver diskretioneret celles mulige interval, beregnet ved lineær ' +
      'programmering ud fra de offentliggjorte celler og summerne, skal være mindst så bredt (i personer for ' +
      'antal og tællere); et interval med bredden 0 afvises altid.',
    helpEn:
      "The audit's protection margin: each suppressed cell's feasible interval, computed by linear programming " +
      'from the published cells and the sums, must be at least this wide (in persons for counts and ' +
      'numerators); an interval of zero width always fails.',
  },
} as const satisfies Record<string, DisclosureOptionSpec>;

/** How one disclosure option is declared. */
export interface DisclosureOptionSpec {
  readonly type: 'integer' | 'number';
  /** The smallest allowed value. */
  readonly min: number;
  readonly default: number;
  readonly helpDa: string;
  readonly helpEn: string;
}

export type DisclosureOptionName = keyof typeof DISCLOSURE_OPTIONS;
export type DisclosureOptions = { readonly [K in DisclosureOptionName]: number };

export const DEFAULT_DISCLOSURE_OPTIONS: DisclosureOptions = Object.fromEntries(
  Object.entries(DISCLOSURE_OPTIONS).map(([name, o]) => [name, o.default]),
) as unknown as DisclosureOptions;

/** Whether `name` is one of the disclosure options (the CLI's `--assume` also carries the rule book's). */
export function isDisclosureOptionName(name: string): name is DisclosureOptionName {
  return Object.hasOwn(DISCLOSURE_OPTIONS, name);
}

/** Parse `name=value` settings given at an edge (CLI flag, file); unknown names and bad values are errors. */
export function disclosureOptionsFrom(
  pairs: Readonly<Record<string, string>>,
): { ok: true; value: DisclosureOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, number> = { ...DEFAULT_DISCLOSURE_OPTIONS };
  for (const [name, text] of Object.entries(pairs)) {
    if (!isDisclosureOptionName(name)) {
      errors.push(
        `unknown disclosure option: ${name} (known: ${Object.keys(DISCLOSURE_OPTIONS).join(', ')})`,
      );
      continue;
    }
    const spec: DisclosureOptionSpec = DISCLOSURE_OPTIONS[name];
    const pattern = spec.type === 'integer' ? /^\d+$/ : /^\d+(\.\d+)?$/;
    const value = Number(text.trim());
    if (!pattern.test(text.trim()) || !Number.isFinite(value) || value < spec.min) {
      const what = spec.type === 'integer' ? 'a whole number' : 'a number';
      errors.push(`invalid value for ${name}: ${text} (allowed: ${what} ≥ ${spec.min})`);
      continue;
    }
    out[name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as DisclosureOptions };
}
