import type { AreaId, Year } from '../model/ids.ts';
import type { ListRun } from '../model/listRun.ts';

/** What is known of one year's list of udsatte boligområder: its members, or why it is not known. */
export type UdsatList =
  | { readonly kind: 'known'; readonly year: Year; readonly areas: readonly AreaId[] }
  | { readonly kind: 'unknown'; readonly year: Year; readonly why: string };

/** The udsatte lists of some years, each known or unknown with why. */
export type UdsatLists = ReadonlyMap<Year, UdsatList>;

/**
 * The udsatte lists of `years` from a list run: a year the run computed is known (its computed members; the
 * 2010 and 2013 rule sets' ghetto lists were the lists of udsatte areas then, so `ghetto` counts for them); any
 * other year — and a computed year where some area's udsat decision is uncertain (a missing figure could put it
 * on the list) — is unknown with the reason (no snapshot for it, when `snapshots` names the delivery's), never an empty
 * list.
 */
export function udsatListsOf(
  run: ListRun,
  years: readonly Year[],
  snapshots?: ReadonlySet<Year>,
): UdsatLists {
  const computed = new Set(run.years);
  const uncertainIn = (year: Year): number =>
    run.assessments.filter(
      (a) =>
        a.year === year &&
        a.decisions.some((d) => (d.list === 'udsat' || d.list === 'ghetto') && d.uncertain && !d.member),
    ).length;
  return new Map(
    years.map((year): [Year, UdsatList] => [
      year,
      computed.has(year) && uncertainIn(year) > 0
        ? {
            kind: 'unknown',
            year,
            why: `listen over udsatte boligområder pr. 1. december ${year} er usikker: ${uncertainIn(year)} områders optagelse afhænger af manglende tal`,
          }
        : computed.has(year)
          ? {
              kind: 'known',
              year,
              areas: run.designations
                .filter(
                  (d) => d.year === year && (d.list === 'udsat' || (year < 2018 && d.list === 'ghetto')),
                )
                .map((d) => d.areaId),
            }
          : {
              kind: 'unknown',
              year,
              why:
                snapshots !== undefined && !snapshots.has(year)
                  ? `listen over udsatte boligområder pr. 1. december ${year} kan ikke beregnes: leveringen har ikke bopælsdata (1. januar) for ${year}`
                  : `listen over udsatte boligområder pr. 1. december ${year} er ikke beregnet i kørslen`,
            },
    ]),
  );
}

/** Why a set of lists is not fully known (the first unknown year's reason), or null when all are known. */
export function unknownWhyOf(lists: UdsatLists, years: readonly Year[]): string | null {
  for (const y of years) {
    const l = lists.get(y);
    if (l === undefined) return `listen over udsatte boligområder pr. 1. december ${y} indgår ikke`;
    if (l.kind === 'unknown') return l.why;
  }
  return null;
}
