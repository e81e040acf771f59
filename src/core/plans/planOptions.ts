/**
 * The choices the § 168 a accounting leaves open (domain §5, §9), as one declared table: name, allowed values,
 * default and help in Danish and English. The `plans` command sets them with `--assume name=value`; the report
 * and the command record their values.
 */
export const PLAN_OPTIONS = {
  'plans.projection': {
    type: 'enum',
    values: ['line2030', 'lastPlanned'],
    default: 'line2030',
    helpDa:
      'Fremskrivningen til 1. januar 2030: den seneste godkendte årsrapports linje for 2030 (line2030; mangler ' +
      'den, er status ukendt) eller rapportens sidste planlagte linje til og med 2030 (lastPlanned).',
    helpEn:
      "The projection to 1 January 2030: the latest accepted report's line for 2030 (line2030; without one the " +
      "status is unknown) or the report's last planned line up to 2030 (lastPlanned).",
  },
  'plans.registerGapTolerancePct': {
    type: 'number',
    min: 0,
    max: 100,
    default: 2,
    helpDa:
      'Forskel i procentpoint mellem den rapporterede andel og andelen genberegnet fra registrene, over hvilken ' +
      'forskellen nævnes (standard 2).',
    helpEn:
      'The gap in percentage points between the reported share and the share recomputed from the registers above ' +
      'which the gap is listed (default 2).',
  },
} as const;

export type PlanOptionName = keyof typeof PLAN_OPTIONS;

export interface PlanOptions {
  readonly 'plans.projection': (typeof PLAN_OPTIONS)['plans.projection']['values'][number];
  /** Percentage points, as written (a decimal string read exactly). */
  readonly 'plans.registerGapTolerancePct': string;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  'plans.projection': 'line2030',
  'plans.registerGapTolerancePct': '2',
};

/** Whether `name` is one of the plan options. */
export function isPlanOptionName(name: string): name is PlanOptionName {
  return Object.hasOwn(PLAN_OPTIONS, name);
}

/** Parse `name=value` settings given at an edge (CLI flag); unknown names and bad values are errors. */
export function planOptionsFrom(
  pairs: Readonly<Record<string, string>>,
): { ok: true; value: PlanOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  let projection: PlanOptions['plans.projection'] = DEFAULT_PLAN_OPTIONS['plans.projection'];
  let tolerance = DEFAULT_PLAN_OPTIONS['plans.registerGapTolerancePct'];
  for (const [name, raw] of Object.entries(pairs)) {
    const text = raw.trim();
    if (name === 'plans.projection') {
      if (text === 'line2030' || text === 'lastPlanned') projection = text;
      else errors.push(`invalid value for ${name}: ${raw} (allowed: line2030, lastPlanned)`);
    } else if (name === 'plans.registerGapTolerancePct') {
      const spec = PLAN_OPTIONS[name];
      if (!/^\d+(\.\d+)?$/.test(text) || Number(text) > spec.max)
        errors.push(`invalid value for ${name}: ${raw} (allowed: a number from ${spec.min} to ${spec.max})`);
      else tolerance = text;
    } else {
      errors.push(`unknown plan option: ${name} (known: ${Object.keys(PLAN_OPTIONS).join(', ')})`);
    }
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { 'plans.projection': projection, 'plans.registerGapTolerancePct': tolerance } };
}

/** The `--assume` help text of the plan options. */
export function planAssumeHelp(): string {
  return Object.entries(PLAN_OPTIONS)
    .map(([name, o]) =>
      o.type === 'enum'
        ? `${name}=${o.values.join('|')} (default ${o.default})`
        : `${name}=<${o.type}> (default ${o.default})`,
    )
    .join('; ');
}
