import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Year } from '../../core/model/ids.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import type { ListId } from '../../core/model/lists.ts';

/** The lists the report counts, with the names its template uses for them. */
export const FACT_LISTS = {
  udsatte: 'udsat',
  parallelsamfund: 'parallelsamfund',
  omdannelse: 'omdannelse',
  forebyggelse: 'forebyggelse',
} as const satisfies Record<string, ListId>;

/** A named fact of the report's text: its Danish text, and where it comes from (for the manifest). */
export interface ReportFact {
  readonly key: string;
  readonly textDa: string;
  readonly about: string;
}

/**
 * The facts of chapter 1 and 2.1 computed by the run: per list (`udsatte`, `parallelsamfund`, `omdannelse`,
 * `forebyggelse`) the number of areas and of municipalities on Y's list, the number the year before, the
 * change in words, the new and leaving areas with the reasons from the changes, and the uncertain
 * decisions. A number that is not known (the year before only partly known) is written as unknown with why,
 * never as 0.
 */
export function reportFactsFrom(run: ListRun, listYear: Year): ReportFact[] {
  const facts: ReportFact[] = [
    { key: 'aar', textDa: String(listYear), about: 'the list year' },
    { key: 'aar.forrige', textDa: String(listYear - 1), about: 'the year before' },
  ];
  const municipality = new Map(
    run.figures.filter((f) => f.year === listYear).map((f) => [f.areaId, f.municipalityCode]),
  );
  for (const [name, list] of Object.entries(FACT_LISTS)) {
    const members = run.designations.filter((d) => d.year === listYear && d.list === list);
    const changes = run.changes.filter((c) => c.year === listYear && c.list === list);
    const entered = changes.filter((c) => c.change === 'entered');
    const left = changes.filter((c) => c.change === 'left');
    const stayed = changes.filter((c) => c.change === 'stayed');
    const unknown = changes.filter((c) => c.change === 'unknown');
    const uncertain = run.assessments.filter(
      (a) => a.year === listYear && a.decisions.some((d) => d.list === list && d.uncertain),
    );
    const municipalities = new Set(
      members.map((m) => municipality.get(m.areaId)).filter((m) => m !== undefined),
    );
    const count = members.length;
    // The year before is known when it was computed, or imported, and no change on the list is unknown. A year
    // neither computed nor imported leaves no changes at all: unknown, not an empty list.
    const previousCovered = !run.uncoveredYears.includes(listYear - 1) || changes.length > 0;
    const previousKnown = previousCovered && unknown.length === 0;
    const previous = stayed.length + left.length;
    const put = (key: string, textDa: string, about: string): void => {
      facts.push({ key: `${name}.${key}`, textDa, about });
    };
    put('antal', formatNumberDa(count), `areas on the ${list} list of ${listYear}`);
    put('kommuner', formatNumberDa(municipalities.size), `municipalities with an area on the ${list} list`);
    put(
      'forrige',
      previousKnown ? formatNumberDa(previous) : 'ukendt',
      `areas on the ${list} list of ${listYear - 1}`,
    );
    put(
      'forskel',
      previousKnown ? differenceDa(count - previous) : `ukendt i forhold til ${listYear - 1}`,
      `the change in the number of areas on the ${list} list`,
    );
    const notKnown = `ukendt (listen for ${listYear - 1} kendes ikke)`;
    put('nye', previousCovered ? formatNumberDa(entered.length) : notKnown, `areas new on the ${list} list`);
    put(
      'udgaar',
      previousCovered ? formatNumberDa(left.length) : notKnown,
      `areas that left the ${list} list`,
    );
    put(
      'ukendte',
      previousCovered ? formatNumberDa(unknown.length) : formatNumberDa(count),
      `areas whose change on the ${list} list is not known`,
    );
    put('usikre', formatNumberDa(uncertain.length), `uncertain decisions on the ${list} list`);
    const known = (lines: string[]): string =>
      previousCovered ? bullets(lines) : `${capitalised(notKnown)}.`;
    put('nye.liste', known(entered.map((c) => `${c.name}: ${c.textDa}`)), `new areas with reasons`);
    put('udgaar.liste', known(left.map((c) => `${c.name}: ${c.textDa}`)), `leaving areas with reasons`);
    put(
      'ukendte.liste',
      bullets(unknown.map((c) => `${c.name}: ${c.textDa}`)),
      `unknown changes with reasons`,
    );
  }
  return facts;
}

/** `7 færre end året før`, `3 flere end året før`, `det samme antal som året før`. */
function differenceDa(d: number): string {
  if (d === 0) return 'det samme antal som året før';
  return `${formatNumberDa(Math.abs(d))} ${d < 0 ? 'færre' : 'flere'} end året før`;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const bullets = (lines: readonly string[]): string =>
  lines.length === 0 ? 'Ingen.' : lines.map((l) => `- ${l}`).join('\n');
