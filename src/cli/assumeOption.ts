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
  integrationAssumeHelp,
  integrationOptionsFrom,
  isIntegrationOptionName,
  type IntegrationOptions,
} from '../core/integration/integrationOptions.ts';

/** Commander collector for a repeatable `--assume name=value`. */
export function collectAssume(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
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

/**
 * The report's `--assume`: the rule book's assumptions, the disclosure options (domain §7), chapter 3's
 * social-export options (domain §10) and chapter 4's integration options (domain §11) in one flag, told apart
 * by name; every problem of each is listed.
 */
export function parseReportAssume(values: readonly string[]):
  | {
      ok: true;
      value: {
        assumptions: Assumptions;
        disclosure: DisclosureOptions;
        socialExport: SocialExportOptions;
        integration: IntegrationOptions;
      };
    }
  | { ok: false; errors: string[] } {
  const disclosurePairs: Record<string, string> = {};
  const socialExportPairs: Record<string, string> = {};
  const integrationPairs: Record<string, string> = {};
  const rest: string[] = [];
  for (const v of values) {
    const name = v.slice(0, Math.max(0, v.indexOf('=')));
    if (isDisclosureOptionName(name)) disclosurePairs[name] = v.slice(name.length + 1);
    else if (isSocialExportOptionName(name)) socialExportPairs[name] = v.slice(name.length + 1);
    else if (isIntegrationOptionName(name)) integrationPairs[name] = v.slice(name.length + 1);
    else rest.push(v);
  }
  const assumptions = parseAssume(rest);
  const disclosure = disclosureOptionsFrom(disclosurePairs);
  const socialExport = socialExportOptionsFrom(socialExportPairs);
  const integration = integrationOptionsFrom(integrationPairs);
  const errors = [
    ...(assumptions.ok ? [] : assumptions.errors),
    ...(disclosure.ok ? [] : disclosure.errors.map((e) => `--assume: ${e}`)),
    ...(socialExport.ok ? [] : socialExport.errors.map((e) => `--assume: ${e}`)),
    ...(integration.ok ? [] : integration.errors.map((e) => `--assume: ${e}`)),
  ];
  return assumptions.ok && disclosure.ok && socialExport.ok && integration.ok && errors.length === 0
    ? {
        ok: true,
        value: {
          assumptions: assumptions.value,
          disclosure: disclosure.value,
          socialExport: socialExport.value,
          integration: integration.value,
        },
      }
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
    '; and chapter 4 (integration): ' +
    integrationAssumeHelp()
  );
}
