import { ASSUMPTIONS, assumptionsFrom, type Assumptions } from '../core/assumptions.ts';
import {
  DISCLOSURE_OPTIONS,
  disclosureOptionsFrom,
  isDisclosureOptionName,
  type DisclosureOptions,
} from '../disclosure/disclosureOptions.ts';
import {
  isSocialExportOptionName,
  socialExportAssumeHelp,
  socialExportOptionsFrom,
  type SocialExportOptions,
} from '../core/socialExport/socialExportOptions.ts';
import {
  HOUSING_OPTIONS,
  housingOptionsFrom,
  isHousingOptionName,
  type HousingOptions,
} from '../core/housing/housingOptions.ts';
import {
  integrationAssumeHelp,
  integrationOptionsFrom,
  isIntegrationOptionName,
  type IntegrationOptions,
} from '../core/integration/integrationOptions.ts';
import {
  isPlanOptionName,
  planAssumeHelp,
  planOptionsFrom,
  type PlanOptions,
} from '../core/plans/planOptions.ts';
import {
  DUTY_OPTIONS,
  dutyOptionsFrom,
  isDutyOptionName,
  type DutyOptions,
} from '../core/duties/dutyOptions.ts';

/** Commander collector for a repeatable `--assume name=value`. */
export function collectAssume(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Splits collected `--assume name=value` values into the pairs whose name `isName` accepts and the rest (for the
 * next family of options, or the rule book's assumptions).
 */
export function splitAssume(
  values: readonly string[],
  isName: (name: string) => boolean,
): { pairs: Record<string, string>; rest: string[] } {
  const pairs: Record<string, string> = {};
  const rest: string[] = [];
  for (const v of values) {
    const name = v.slice(0, Math.max(0, v.indexOf('=')));
    if (isName(name)) pairs[name] = v.slice(name.length + 1);
    else rest.push(v);
  }
  return { pairs, rest };
}

/** Parses the collected `--assume` values into assumptions (defaults for the rest); every problem is listed. */
export function parseAssume(
  values: readonly string[],
): { ok: true; value: Assumptions } | { ok: false; errors: string[] } {
  const pairs: Record<string, string> = {};
  const errors: string[] = [];
  for (const v of values) {
    const i = v.indexOf('=');
    if (i <= 0) {
      errors.push(`--assume "${v}": expected name=value, e.g. k2AgeFloor=15`);
      continue;
    }
    pairs[v.slice(0, i)] = v.slice(i + 1);
  }
  const parsed = assumptionsFrom(pairs);
  if (!parsed.ok) errors.push(...parsed.errors.map((e) => `--assume: ${e}`));
  return errors.length > 0 || !parsed.ok ? { ok: false, errors } : parsed;
}

/** One family of the report's options: how its names are told apart and how its pairs are parsed. */
interface OptionFamily<T> {
  readonly isName: (name: string) => boolean;
  readonly from: (
    pairs: Readonly<Record<string, string>>,
  ) => { ok: true; value: T } | { ok: false; errors: string[] };
}

/** The report's option families besides the rule book's assumptions, each by its own names. */
const REPORT_OPTION_FAMILIES = {
  disclosure: {
    isName: isDisclosureOptionName,
    from: disclosureOptionsFrom,
  } as OptionFamily<DisclosureOptions>,
  socialExport: {
    isName: isSocialExportOptionName,
    from: socialExportOptionsFrom,
  } as OptionFamily<SocialExportOptions>,
  integration: {
    isName: isIntegrationOptionName,
    from: integrationOptionsFrom,
  } as OptionFamily<IntegrationOptions>,
  housing: { isName: isHousingOptionName, from: housingOptionsFrom } as OptionFamily<HousingOptions>,
  plans: { isName: isPlanOptionName, from: planOptionsFrom } as OptionFamily<PlanOptions>,
  duties: { isName: isDutyOptionName, from: dutyOptionsFrom } as OptionFamily<DutyOptions>,
} as const;

/** The report's options, parsed: the rule book's assumptions and every family of `REPORT_OPTION_FAMILIES`. */
export interface ReportAssume {
  readonly assumptions: Assumptions;
  readonly disclosure: DisclosureOptions;
  readonly socialExport: SocialExportOptions;
  readonly integration: IntegrationOptions;
  readonly housing: HousingOptions;
  readonly plans: PlanOptions;
  readonly duties: DutyOptions;
}

/**
 * The report's `--assume`: the rule book's assumptions, the disclosure options (domain §7), chapter 3's
 * social-export options (domain §10), chapter 4's integration options (domain §11), chapter 2.4–2.6's housing
 * options (domain §9), the plan options of table 2.3 and section 2.5, and the duty options of chapter 5 (domain
 * §6 and §11) in one flag, told apart by name; every problem of each is listed.
 */
export function parseReportAssume(
  values: readonly string[],
): { ok: true; value: ReportAssume } | { ok: false; errors: string[] } {
  const families = Object.entries(REPORT_OPTION_FAMILIES) as [
    keyof typeof REPORT_OPTION_FAMILIES,
    OptionFamily<unknown>,
  ][];
  // Each family takes its own names (they are disjoint); the rule book's assumptions take the rest.
  let rest: readonly string[] = values;
  const parsed: Record<string, unknown> = {};
  const familyErrors: string[] = [];
  for (const [key, family] of families) {
    const split = splitAssume(rest, family.isName);
    rest = split.rest;
    const result = family.from(split.pairs);
    if (result.ok) parsed[key] = result.value;
    else familyErrors.push(...result.errors.map((e) => `--assume: ${e}`));
  }
  const assumptions = parseAssume(rest);
  const errors = [...(assumptions.ok ? [] : assumptions.errors), ...familyErrors];
  return assumptions.ok && errors.length === 0
    ? { ok: true, value: { assumptions: assumptions.value, ...parsed } as unknown as ReportAssume }
    : { ok: false, errors };
}

/** The `--assume` help text: every assumption with its values and default, then the report's disclosure options. */
export function assumeHelp(): string {
  return (
    'set an assumption (repeatable): ' +
    Object.entries(ASSUMPTIONS)
      .map(([name, a]) => `${name}=${a.values.join('|')} (default ${a.default})`)
      .join('; ') +
    '; for the report also disclosure control: ' +
    Object.entries(DISCLOSURE_OPTIONS)
      .map(([name, o]) => `${name}=<${o.type}> (default ${o.default})`)
      .join('; ') +
    '; chapter 3 (social export): ' +
    socialExportAssumeHelp() +
    '; chapter 4 (integration): ' +
    integrationAssumeHelp() +
    '; and chapter 2.4–2.6 (letting, demolition): ' +
    Object.entries(HOUSING_OPTIONS)
      .map(([name, o]) => `${name}=${o.values.join('|')} (default ${o.default})`)
      .join('; ') +
    '; table 2.3 and section 2.5 (development plans): ' +
    planAssumeHelp() +
    '; chapter 5 (day care, language tests): ' +
    Object.entries(DUTY_OPTIONS)
      .map(([name, o]) => `${name}=${o.values.join('|')} (default ${o.default})`)
      .join('; ')
  );
}
