/**
 * Every assumption the public record leaves open (domain.md §4 and §8), as one declared table:
 * name, allowed values, default, and help. Parsed once at the entry point, passed down, and recorded in
 * every run's manifest.
 */
export const ASSUMPTIONS = {
  k1Averaging: {
    values: ['meanOfYears', 'pooled', 'currentResidents'],
    default: 'meanOfYears',
    help:
      'K1 over the averaging window: mean of the yearly shares, each over the residents 18–64 at 1 January of the ' +
      'following year (meanOfYears); one share pooled over all person-years (pooled); or the shares of the current ' +
      'residents only (currentResidents).',
  },
  k2DecisionTypes: {
    values: ['prisonFineWithdrawn', 'prisonFine', 'all'],
    default: 'prisonFineWithdrawn',
    help:
      'Decision types that count as a conviction: unconditional and suspended prison, fine and withdrawn charge ' +
      '(prisonFineWithdrawn); without withdrawn charge (prisonFine); or every type except acquittal (all).',
  },
  k2AgeFloor: {
    values: ['18', '15'],
    default: '18',
    help: 'Lower age bound of the K2 denominator (residents aged 18+ or 15+ at 1 January).',
  },
  k4IncomeYear: {
    values: ['Y-2', 'Y-1'],
    default: 'Y-2',
    help: 'Income year used for K4 in list year Y: the latest final income statistics at list time (Y-2) or Y-1.',
  },
  unknownOrigin: {
    values: ['nonwestern', 'excluded'],
    default: 'nonwestern',
    help:
      'Immigrants and descendants with an unknown or unspecified country of origin: counted as non-western ' +
      '(nonwestern) or left out of the numerator (excluded).',
  },
  nonPublicBuiltFrom: {
    values: ['2010', '2011'],
    default: '2010',
    help:
      "Build-year cut-off for non-public dwellings on an area's parcels: their residents count only when the dwelling " +
      'was built in this year or later — built 2010 or later (2010), or only built after 2010 (2011). Residents of ' +
      'public (almen) dwellings always count, whatever the build year.',
  },
  nonPublicKinds: {
    values: ['family', 'all'],
    default: 'family',
    help:
      'Kinds of non-public dwellings built from the nonPublicBuiltFrom year whose residents count: family dwellings ' +
      'only (family), or every kind — family, youth, elderly, room and other (all). Residents of public (almen) ' +
      'dwellings always count, whatever the kind.',
  },
  comparison: {
    values: ['unrounded', 'oneDecimal'],
    default: 'unrounded',
    help: 'Compare criteria on unrounded values (unrounded) or on values rounded to one decimal as published (oneDecimal).',
  },
} as const;

export type AssumptionName = keyof typeof ASSUMPTIONS;
export type Assumptions = { readonly [K in AssumptionName]: (typeof ASSUMPTIONS)[K]['values'][number] };

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.fromEntries(
  Object.entries(ASSUMPTIONS).map(([name, a]) => [name, a.default]),
) as unknown as Assumptions;

/** Parse `name=value` settings given at an edge (CLI flag, file); unknown names or values are errors. */
export function assumptionsFrom(
  pairs: Readonly<Record<string, string>>,
): { ok: true; value: Assumptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, string> = { ...DEFAULT_ASSUMPTIONS };
  for (const [name, value] of Object.entries(pairs)) {
    if (!(name in ASSUMPTIONS)) {
      errors.push(`unknown assumption: ${name} (known: ${Object.keys(ASSUMPTIONS).join(', ')})`);
      continue;
    }
    const allowed: readonly string[] = ASSUMPTIONS[name as AssumptionName].values;
    if (!allowed.includes(value)) {
      errors.push(`invalid value for ${name}: ${value} (allowed: ${allowed.join(', ')})`);
      continue;
    }
    out[name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as unknown as Assumptions };
}
