import { ASSUMPTIONS, assumptionsFrom, type Assumptions } from '../core/assumptions.ts';

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

/** The `--assume` help text: every assumption with its values and default. */
export function assumeHelp(): string {
  return (
    'set an assumption (repeatable): ' +
    Object.entries(ASSUMPTIONS)
      .map(([name, a]) => `${name}=${a.values.join('|')} (default ${a.default})`)
      .join('; ')
  );
}
