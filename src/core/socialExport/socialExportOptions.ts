import { BOOTSTRAP_WEIGHTS, type DidOptions } from '../did/didModel.ts';

/**
 * The analysis choices of chapter 3, social export (domain §10), as one declared table: name, kind of value,
 * allowed values, default and help in Danish and English. The CLI sets them with `--assume name=value` (beside
 * the rule book's assumptions and the disclosure options), and the report records their values in its
 * manifest and in `did.json`.
 */
export const SOCIAL_EXPORT_OPTIONS = {
  socialExportLabourYearOffset: {
    type: 'integer',
    min: 0,
    max: 3,
    default: 1,
    helpDa:
      'Socialt udsatte måles på tilknytningen i dataåret t − denne værdi for en flytning fra 1. januar t til ' +
      '1. januar t + 1 (standard 1: året før flytningen).',
    helpEn:
      'The vulnerable are measured on attachment in data year t − this value for a move from 1 January t to ' +
      '1 January t + 1 (default 1: the year before the move).',
  },
  socialExportVulnerableCutoff: {
    type: 'number',
    min: 0,
    max: 1,
    default: 0.5,
    helpDa:
      'En 18-64-årig er socialt udsat, når andelen af året uden for arbejdsmarked og uddannelse (i ' +
      'fuldtidspersoner) er mindst denne værdi (standard 0,5).',
    helpEn:
      'A person aged 18–64 is socially vulnerable when the share of the year outside job and education (in ' +
      'full-time persons) is at least this value (default 0.5).',
  },
  socialExportTreatmentList: {
    type: 'enum',
    values: ['first', 'latest'],
    default: 'first',
    helpDa:
      'Behandlede kommuner: kommuner med mindst ét område på den første liste over forebyggelsesområder ' +
      '(1. december 2021, first) eller på listeårets liste (latest).',
    helpEn:
      'Treated municipalities: those with at least one area on the first forebyggelse list (1 December 2021, ' +
      "first) or on the list year's list (latest).",
  },
  socialExportPostFrom: {
    type: 'integer',
    min: 2018,
    max: 2100,
    default: 2022,
    helpDa: 'Første år i efterperioden (flytninger angivet ved året efter): Post_t = 1 for t ≥ denne værdi.',
    helpEn: 'The first year of the post period (moves labelled by the later year): Post_t = 1 for t ≥ this.',
  },
  socialExportReferenceYear: {
    type: 'integer',
    min: 2017,
    max: 2100,
    default: 2021,
    helpDa: 'Event-studiets referenceår, som udelades (standard 2021, året før efterperioden).',
    helpEn: "The event study's reference year, left out (default 2021, the year before the post period).",
  },
  socialExportWeighted: {
    type: 'boolean',
    default: false,
    helpDa: 'Difference-in-differences vægtet med antallet af fraflyttere (true) eller uvægtet (false).',
    helpEn: 'Difference in differences weighted by the number of out-movers (true) or unweighted (false).',
  },
  socialExportOutcome: {
    type: 'enum',
    values: ['any', 'control'],
    default: 'any',
    helpDa:
      'Udfaldet i did.json: andelen socialt udsatte blandt fraflyttere til alle andre kommuner (any) eller ' +
      'kun til kontrolkommunerne (control).',
    helpEn:
      'The outcome in did.json: the vulnerable share of out-movers to any other municipality (any) or to the ' +
      'control municipalities only (control).',
  },
  socialExportBootstrapDraws: {
    type: 'integer',
    min: 0,
    max: 100000,
    default: 0,
    helpDa: 'Antal træk i en wild cluster bootstrap ved siden af CR1-intervallet (0: ingen bootstrap).',
    helpEn: 'Draws of a wild cluster bootstrap beside the CR1 interval (0: no bootstrap).',
  },
  socialExportBootstrapWeights: {
    type: 'enum',
    values: BOOTSTRAP_WEIGHTS,
    default: 'rademacher',
    helpDa: 'Bootstrapvægtene: rademacher (±1) eller webb (seks punkter).',
    helpEn: 'The bootstrap weights: rademacher (±1) or webb (six points).',
  },
  socialExportBootstrapSeed: {
    type: 'integer',
    min: 0,
    max: 2147483647,
    default: 1,
    helpDa: 'Startværdien for bootstrappens tilfældige træk (samme værdi giver samme interval).',
    helpEn: "The seed of the bootstrap's random draws (the same seed gives the same interval).",
  },
} as const satisfies Record<string, SocialExportOptionSpec>;

/** How one option is declared. */
export type SocialExportOptionSpec = {
  readonly helpDa: string;
  readonly helpEn: string;
} & (
  | {
      readonly type: 'integer' | 'number';
      readonly min: number;
      readonly max: number;
      readonly default: number;
    }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly default: string }
  | { readonly type: 'boolean'; readonly default: boolean }
);

export type SocialExportOptionName = keyof typeof SOCIAL_EXPORT_OPTIONS;

/** The treated municipalities: those with an area on the first forebyggelse list, or on list year Y's. */
export type TreatmentList = (typeof SOCIAL_EXPORT_OPTIONS.socialExportTreatmentList.values)[number];
/** The DiD's outcome: the vulnerable share of out-movers to any other municipality, or to control ones. */
export type DidOutcomeKind = (typeof SOCIAL_EXPORT_OPTIONS.socialExportOutcome.values)[number];
export const DID_OUTCOMES = SOCIAL_EXPORT_OPTIONS.socialExportOutcome.values;

export interface SocialExportOptions {
  readonly socialExportLabourYearOffset: number;
  readonly socialExportVulnerableCutoff: number;
  readonly socialExportTreatmentList: TreatmentList;
  readonly socialExportPostFrom: number;
  readonly socialExportReferenceYear: number;
  readonly socialExportWeighted: boolean;
  readonly socialExportOutcome: DidOutcomeKind;
  readonly socialExportBootstrapDraws: number;
  readonly socialExportBootstrapWeights: (typeof BOOTSTRAP_WEIGHTS)[number];
  readonly socialExportBootstrapSeed: number;
}

export const DEFAULT_SOCIAL_EXPORT_OPTIONS: SocialExportOptions = Object.fromEntries(
  Object.entries(SOCIAL_EXPORT_OPTIONS).map(([name, o]) => [name, o.default]),
) as unknown as SocialExportOptions;

/** The year of the first forebyggelse list (1 December 2021, almenboligloven § 61 b). */
export const FIRST_FOREBYGGELSE_LIST_YEAR = 2021;
/** The first move year of chapter 3's series (moves 1 January 2016 → 2017, labelled 2017). */
export const SOCIAL_EXPORT_FROM = 2017;
/** Socially vulnerable: completed years at 1 January t, inclusive (domain §10). */
export const VULNERABLE_AGES = [18, 64] as const;

/** Whether `name` is one of the social-export options. */
export function isSocialExportOptionName(name: string): name is SocialExportOptionName {
  return Object.hasOwn(SOCIAL_EXPORT_OPTIONS, name);
}

/** The list year whose forebyggelse list decides the treated municipalities. */
export function treatmentListYear(o: SocialExportOptions, listYear: number): number {
  return o.socialExportTreatmentList === 'first' ? FIRST_FOREBYGGELSE_LIST_YEAR : listYear;
}

/** The estimator's options from the declared ones. */
export function didOptionsFrom(o: SocialExportOptions): DidOptions {
  return {
    postFrom: o.socialExportPostFrom,
    referenceYear: o.socialExportReferenceYear,
    weighted: o.socialExportWeighted,
    ...(o.socialExportBootstrapDraws > 0
      ? {
          bootstrap: {
            draws: o.socialExportBootstrapDraws,
            weights: o.socialExportBootstrapWeights,
            seed: o.socialExportBootstrapSeed,
          },
        }
      : {}),
  };
}

/** Parse `name=value` settings given at an edge (CLI flag, file); unknown names and bad values are errors. */
export function socialExportOptionsFrom(
  pairs: Readonly<Record<string, string>>,
): { ok: true; value: SocialExportOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, number | string | boolean> = { ...DEFAULT_SOCIAL_EXPORT_OPTIONS };
  for (const [name, raw] of Object.entries(pairs)) {
    if (!isSocialExportOptionName(name)) {
      errors.push(
        `unknown social-export option: ${name} (known: ${Object.keys(SOCIAL_EXPORT_OPTIONS).join(', ')})`,
      );
      continue;
    }
    const spec: SocialExportOptionSpec = SOCIAL_EXPORT_OPTIONS[name];
    const text = raw.trim();
    switch (spec.type) {
      case 'integer':
      case 'number': {
        const pattern = spec.type === 'integer' ? /^\d+$/ : /^\d+(\.\d+)?$/;
        const value = Number(text);
        if (!pattern.test(text) || value < spec.min || value > spec.max) {
          const what = spec.type === 'integer' ? 'a whole number' : 'a number';
          errors.push(`invalid value for ${name}: ${raw} (allowed: ${what} from ${spec.min} to ${spec.max})`);
        } else out[name] = value;
        break;
      }
      case 'enum':
        if (!spec.values.includes(text))
          errors.push(`invalid value for ${name}: ${raw} (allowed: ${spec.values.join(', ')})`);
        else out[name] = text;
        break;
      case 'boolean':
        if (text !== 'true' && text !== 'false')
          errors.push(`invalid value for ${name}: ${raw} (allowed: true, false)`);
        else out[name] = text === 'true';
        break;
    }
  }
  const value = out as unknown as SocialExportOptions;
  if (errors.length === 0 && value.socialExportReferenceYear >= value.socialExportPostFrom) {
    errors.push(
      `socialExportReferenceYear ${value.socialExportReferenceYear} must lie before socialExportPostFrom ` +
        `${value.socialExportPostFrom} (the reference year is a pre-period year)`,
    );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** The `--assume` help of these options: `name=<values> (default …)`. */
export function socialExportAssumeHelp(): string {
  return Object.entries(SOCIAL_EXPORT_OPTIONS)
    .map(([name, o]: [string, SocialExportOptionSpec]) => {
      const values =
        o.type === 'enum' ? o.values.join('|') : o.type === 'boolean' ? 'true|false' : `<${o.type}>`;
      return `${name}=${values} (default ${String(o.default)})`;
    })
    .join('; ');
}
